package io.upskillplanner.ui.goals;

import java.util.List;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.CredentialDrag;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NodeStates;
import io.upskillplanner.ui.common.ViewLoader;

/**
 * Goals of the current profile; for the selected one its skill gap, its candidates in plan order
 * with their status, start and note, and a catalog search to attach more (button or drag).
 */
public final class GoalsView {

    private static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final GoalsViewModel viewModel;
    private final CandidatePickerViewModel picker;

    @FXML private Label heading, goalPlaceholder, gapSummary, goalFacts, pickerSummary;
    @FXML private Button newGoalButton, editGoalButton, deleteGoalButton;
    @FXML private TableView<Goal> goalTable;
    @FXML private TableColumn<Goal, String> titleColumn, statusColumn;
    @FXML private TableColumn<Goal, Number> priorityColumn;
    @FXML private ListView<GapRow> gapList;
    @FXML private Button upButton, downButton, removeButton;
    @FXML private TableView<CandidateWithCredential> candidateTable;
    @FXML private TableColumn<CandidateWithCredential, Number> orderColumn, hoursColumn;
    @FXML private TableColumn<CandidateWithCredential, String> credentialColumn, candidateStatusColumn, costColumn,
            startColumn;
    @FXML private HBox candidateForm;
    @FXML private ComboBox<CandidateStatus> statusBox;
    @FXML private DatePicker startPicker;
    @FXML private TextField noteField;
    @FXML private HBox pickerSearchBox;
    @FXML private ListView<CatalogRow> pickerList;
    @FXML private Button attachButton;
    private TextField pickerSearch;

    public GoalsView(GoalsViewModel viewModel, CandidatePickerViewModel picker) {
        this.viewModel = viewModel;
        this.picker = picker;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        goalPlaceholder.textProperty().bind(Bindings.when(viewModel.noProfileProperty())
                .then(Messages.get("goals.noProfile")).otherwise(Messages.get("goals.empty")));
        newGoalButton.disableProperty().bind(viewModel.noProfileProperty());
        editGoalButton.disableProperty().bind(viewModel.noGoalProperty());
        deleteGoalButton.disableProperty().bind(viewModel.noGoalProperty());
        goalTable.setItems(viewModel.goals());
        ColumnWidths.keepReadable(goalTable, titleColumn, statusColumn);
        Columns.showAll(goalTable, GoalsColumns.GOALS);
        priorityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priority()));
        NodeStates.selectTogether(goalTable.getSelectionModel(), viewModel.selectedGoalProperty());
        Columns.onDoubleClick(goalTable, this::editGoal);
        Columns.onEnterAndDelete(goalTable, this::editGoal, this::deleteGoal);
        gapSummary.textProperty().bind(viewModel.gapSummaryProperty());
        gapList.setItems(viewModel.gap());
        gapList.setCellFactory(list -> new GapCell());
        goalFacts.textProperty().bind(viewModel.goalFactsProperty());
        bindCandidates();
        pickerSearch = CandidatePickerPane.bind(picker, pickerSearchBox, pickerList, pickerSummary, this::attachSelected);
        attachButton.disableProperty().bind(pickerList.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.noGoalProperty()));
        if (viewModel.selectedGoalProperty().get() != null) {
            goalTable.getSelectionModel().select(viewModel.selectedGoalProperty().get());
        }
    }

    private void bindCandidates() {
        candidateTable.setItems(viewModel.candidates());
        ColumnWidths.keepReadable(candidateTable, orderColumn, credentialColumn, candidateStatusColumn, costColumn,
                hoursColumn, startColumn);
        orderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().candidate().order()));
        Columns.showAll(candidateTable, GoalsColumns.candidates(viewModel));
        Columns.withTooltip(costColumn, viewModel::costTooltip);
        hoursColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().credential().effortHours()));
        candidateTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedCandidateProperty().set(row));
        viewModel.selectedCandidateProperty().addListener((obs, old, row) -> {
            if (row != null && candidateTable.getSelectionModel().getSelectedItem() != row) {
                candidateTable.getSelectionModel().select(row);
            }
        });
        candidateTable.setOnKeyPressed(e -> {
            if (MOVE_UP.match(e)) {
                moveUp();
                e.consume();
            } else if (MOVE_DOWN.match(e)) {
                moveDown();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeCandidate();
            }
        });
        for (Node node : List.of(upButton, downButton, removeButton, candidateForm)) {
            node.disableProperty().bind(viewModel.noCandidateProperty());
        }
        statusBox.getItems().setAll(CandidateStatus.values());
        statusBox.setConverter(new EnumConverter<>(CandidateStatus.class));
        statusBox.valueProperty().bindBidirectional(viewModel.formStatusProperty());
        startPicker.setConverter(Formats.dateConverter());
        startPicker.valueProperty().bindBidirectional(viewModel.formStartProperty());
        noteField.textProperty().bindBidirectional(viewModel.formNoteProperty());
        NodeStates.onCommit(noteField, viewModel::saveFormNote);
        CredentialDrag.dropOnto(candidateTable, () -> viewModel.selectedGoalProperty().get() != null, viewModel::attach);
    }

    @FXML
    public void newGoal() {
        viewModel.newGoal();
    }

    @FXML
    public void editGoal() {
        viewModel.editGoal();
    }

    @FXML
    public void deleteGoal() {
        viewModel.askToDeleteGoal();
    }

    @FXML
    public void moveUp() {
        viewModel.moveUp(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void moveDown() {
        viewModel.moveDown(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void removeCandidate() {
        viewModel.remove(viewModel.selectedCandidateProperty().get());
    }

    @FXML
    public void attachSelected() {
        List<UUID> ids = pickerList.getSelectionModel().getSelectedItems().stream().map(CatalogRow::id).toList();
        viewModel.attach(ids);
    }

    /** Puts the keyboard in the catalog search beside the candidates. */
    public void focusPicker() {
        pickerSearch.requestFocus();
    }
}
