package io.upskillplanner.ui.recommend;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.LabelConverter;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NodeStates;
import io.upskillplanner.ui.common.SentenceLines;
import io.upskillplanner.ui.common.TextCell;
import io.upskillplanner.ui.common.ViewLoader;

import org.kordamp.ikonli.javafx.FontIcon;

/** The Recommend screen: binds the view model's plans, steps and explanations; commands in one line each. */
public final class RecommendView {

    private final RecommendViewModel viewModel;

    @FXML private Label heading;
    @FXML private Label goalLabel;
    @FXML private ComboBox<Goal> goalPicker;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label limits;
    @FXML private Label message;
    @FXML private Label searchLine;
    @FXML private TableView<PlanRow> planTable;
    @FXML private TableColumn<PlanRow, String> kindColumn;
    @FXML private TableColumn<PlanRow, String> coverageColumn;
    @FXML private TableColumn<PlanRow, String> recognitionColumn;
    @FXML private TableColumn<PlanRow, String> costColumn;
    @FXML private TableColumn<PlanRow, String> finishColumn;
    @FXML private TableColumn<PlanRow, String> givesUpColumn;
    @FXML private TableColumn<PlanRow, String> statusColumn;
    @FXML private Label stepsHeading;
    @FXML private TableView<StepRow> stepTable;
    @FXML private TableColumn<StepRow, String> orderColumn;
    @FXML private TableColumn<StepRow, String> credentialColumn;
    @FXML private TableColumn<StepRow, String> startColumn;
    @FXML private TableColumn<StepRow, String> stepFinishColumn;
    @FXML private TableColumn<StepRow, String> hoursColumn;
    @FXML private TableColumn<StepRow, String> stepCostColumn;
    @FXML private TableColumn<StepRow, String> whyColumn;
    @FXML private Button applyButton;
    @FXML private Button excludeButton;
    @FXML private FlowPane excludedBox;
    @FXML private VBox toFitBox;
    @FXML private VBox toFitLines;
    @FXML private VBox leftOutBox;
    @FXML private VBox leftOutLines;
    @FXML private VBox notesBox;
    @FXML private VBox noteLines;

    public RecommendView(RecommendViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        goalLabel.setLabelFor(goalPicker);
        goalPicker.setItems(viewModel.goals());
        goalPicker.setConverter(LabelConverter.of(Goal::title));
        goalPicker.setCellFactory(list -> new TextCell<>(Goal::title, ""));
        goalPicker.valueProperty().bindBidirectional(viewModel.selectedGoalProperty());
        goalPicker.setAccessibleText(Messages.get("recommend.goal"));
        runButton.disableProperty().bind(viewModel.canRecommendProperty().not());
        cancelButton.disableProperty().bind(viewModel.canCancelProperty().not());
        NodeStates.showWhen(cancelButton, viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        NodeStates.showWhen(progressBar, viewModel.runningProperty());
        progressBar.setAccessibleText(Messages.get("recommend.progress"));
        limits.textProperty().bind(viewModel.limitsProperty());
        message.textProperty().bind(viewModel.messageProperty());
        searchLine.textProperty().bind(viewModel.searchLineProperty());
        NodeStates.showWhenText(searchLine);
        NodeStates.showWhenText(limits);

        planTable.setItems(viewModel.plans());
        Columns.wrapping(kindColumn, PlanRow::title);
        Columns.text(coverageColumn, PlanRow::coverage);
        Columns.text(recognitionColumn, PlanRow::recognition);
        Columns.text(costColumn, PlanRow::cost);
        Columns.text(finishColumn, PlanRow::finish);
        Columns.wrapping(givesUpColumn, PlanRow::givesUp);
        Columns.wrapping(statusColumn, PlanRow::status);
        ColumnWidths.keepReadable(planTable, kindColumn, coverageColumn, costColumn, finishColumn, statusColumn);
        statusColumn.visibleProperty().bind(viewModel.allProvenProperty().not());
        NodeStates.selectTogether(planTable.getSelectionModel(), viewModel.selectedPlanProperty());

        stepsHeading.textProperty().bind(viewModel.stepsHeadingProperty());
        stepTable.setItems(viewModel.steps());
        Columns.text(orderColumn, StepRow::order);
        Columns.wrapping(credentialColumn, row -> row.provider().isEmpty() ? row.title()
                : Messages.get("recommend.credentialBy", row.title(), row.provider()));
        Columns.text(startColumn, StepRow::start);
        Columns.text(stepFinishColumn, StepRow::finish);
        Columns.text(hoursColumn, StepRow::weeklyHours);
        Columns.text(stepCostColumn, StepRow::cost);
        Columns.wrapping(whyColumn, StepRow::why);
        ColumnWidths.keepReadable(stepTable, orderColumn, credentialColumn, startColumn, stepCostColumn);
        stepTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedStepProperty().set(row));
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        excludeButton.disableProperty().bind(viewModel.canExcludeProperty().not());
        excludeButton.setTooltip(new Tooltip(Messages.get("recommend.excludeHint")));

        viewModel.excluded().addListener((ListChangeListener<Credential>) change -> showExcluded());
        SentenceLines.show(viewModel.toFit(), toFitLines, toFitBox);
        SentenceLines.show(viewModel.leftOut(), leftOutLines, leftOutBox);
        SentenceLines.show(viewModel.notes(), noteLines, notesBox);
        showExcluded();
    }

    private void showExcluded() {
        excludedBox.getChildren().clear();
        List<Credential> excluded = viewModel.excluded();
        excludedBox.setVisible(!excluded.isEmpty());
        excludedBox.setManaged(!excluded.isEmpty());
        if (excluded.isEmpty()) {
            return;
        }
        excludedBox.getChildren().add(new Label(Messages.get("recommend.excludedLabel")));
        for (Credential credential : excluded) {
            Button allow = new Button(credential.title(), new FontIcon("fth-rotate-ccw"));
            allow.getStyleClass().add("flat");
            allow.setTooltip(new Tooltip(Messages.get("recommend.allowAgain", credential.title())));
            allow.setAccessibleText(Messages.get("recommend.allowAgain", credential.title()));
            allow.disableProperty().bind(viewModel.runningProperty());
            allow.setOnAction(e -> viewModel.allowAgain(credential));
            excludedBox.getChildren().add(allow);
        }
    }

    @FXML
    private void recommend() {
        viewModel.recommend();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void exclude() {
        viewModel.excludeSelected();
    }
}
