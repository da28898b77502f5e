package io.upskillplanner.ui.goals;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** Goals of the current profile with the skills each needs and the credentials considered for it. */
public final class GoalsView {

    private final GoalsViewModel viewModel;

    @FXML private Label heading;
    @FXML private TableView<Goal> goalTable;
    @FXML private TableColumn<Goal, String> titleColumn;
    @FXML private TableColumn<Goal, String> roleColumn;
    @FXML private TableColumn<Goal, String> industryColumn;
    @FXML private TableColumn<Goal, String> deadlineColumn;
    @FXML private TableColumn<Goal, String> statusColumn;
    @FXML private ListView<GoalSkill> skillList;
    @FXML private TableView<CandidateRow> candidateTable;
    @FXML private TableColumn<CandidateRow, Number> orderColumn;
    @FXML private TableColumn<CandidateRow, String> credentialColumn;
    @FXML private TableColumn<CandidateRow, String> providerColumn;
    @FXML private TableColumn<CandidateRow, String> candidateStatusColumn;
    @FXML private TableColumn<CandidateRow, String> costColumn;
    @FXML private TableColumn<CandidateRow, String> startColumn;

    public GoalsView(GoalsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        goalTable.setItems(viewModel.goals());
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetRole()));
        industryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetIndustry()));
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().deadline())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().status())));
        goalTable.getSelectionModel().selectedItemProperty().addListener((obs, old, goal) -> {
            if (goal != null) {
                viewModel.selectedGoalProperty().set(goal);
            }
        });
        viewModel.selectedGoalProperty().addListener((obs, old, goal) -> {
            if (goal != null && goalTable.getSelectionModel().getSelectedItem() != goal) {
                goalTable.getSelectionModel().select(goal);
            }
        });
        skillList.setItems(viewModel.skills());
        skillList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GoalSkill skill, boolean empty) {
                super.updateItem(skill, empty);
                setText(empty || skill == null ? null
                        : Messages.get("goals.skillWithImportance", skill.skill().label(), skill.importance()));
            }
        });
        candidateTable.setItems(viewModel.candidates());
        orderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().candidate().order()));
        credentialColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().credential().title()));
        providerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().credential().providerName()));
        candidateStatusColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().candidate().status())));
        costColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.money(c.getValue().credential().costs().oneOff())));
        startColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().candidate().plannedStart())));
        if (viewModel.selectedGoalProperty().get() != null) {
            goalTable.getSelectionModel().select(viewModel.selectedGoalProperty().get());
        }
    }
}
