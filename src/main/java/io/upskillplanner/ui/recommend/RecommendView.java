package io.upskillplanner.ui.recommend;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Messages;
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
        goalPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Goal goal) {
                return goal == null ? "" : goal.title();
            }

            @Override
            public Goal fromString(String text) {
                return null;
            }
        });
        goalPicker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Goal goal, boolean empty) {
                super.updateItem(goal, empty);
                setText(empty || goal == null ? null : goal.title());
            }
        });
        goalPicker.valueProperty().bindBidirectional(viewModel.selectedGoalProperty());
        goalPicker.setAccessibleText(Messages.get("recommend.goal"));
        runButton.disableProperty().bind(viewModel.canRecommendProperty().not());
        cancelButton.disableProperty().bind(viewModel.canCancelProperty().not());
        cancelButton.visibleProperty().bind(viewModel.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        progressBar.setAccessibleText(Messages.get("recommend.progress"));
        limits.textProperty().bind(viewModel.limitsProperty());
        message.textProperty().bind(viewModel.messageProperty());
        searchLine.textProperty().bind(viewModel.searchLineProperty());
        hideWhenEmpty(searchLine);
        hideWhenEmpty(limits);

        planTable.setItems(viewModel.plans());
        wrapping(kindColumn, PlanRow::title);
        text(coverageColumn, PlanRow::coverage);
        text(recognitionColumn, PlanRow::recognition);
        text(costColumn, PlanRow::cost);
        text(finishColumn, PlanRow::finish);
        wrapping(givesUpColumn, PlanRow::givesUp);
        wrapping(statusColumn, PlanRow::status);
        ColumnWidths.keepReadable(planTable, kindColumn, coverageColumn, costColumn, finishColumn, statusColumn);
        planTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedPlanProperty().set(row);
            }
        });
        viewModel.selectedPlanProperty().addListener((obs, old, row) -> {
            if (row != planTable.getSelectionModel().getSelectedItem()) {
                planTable.getSelectionModel().select(row);
            }
        });

        stepsHeading.textProperty().bind(viewModel.stepsHeadingProperty());
        stepTable.setItems(viewModel.steps());
        text(orderColumn, StepRow::order);
        wrapping(credentialColumn, row -> row.provider().isEmpty() ? row.title()
                : Messages.get("recommend.credentialBy", row.title(), row.provider()));
        text(startColumn, StepRow::start);
        text(stepFinishColumn, StepRow::finish);
        text(hoursColumn, StepRow::weeklyHours);
        text(stepCostColumn, StepRow::cost);
        wrapping(whyColumn, StepRow::why);
        ColumnWidths.keepReadable(stepTable, orderColumn, credentialColumn, startColumn, stepCostColumn);
        stepTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedStepProperty().set(row));
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        excludeButton.disableProperty().bind(viewModel.canExcludeProperty().not());
        excludeButton.setTooltip(new Tooltip(Messages.get("recommend.excludeHint")));

        viewModel.excluded().addListener((ListChangeListener<Credential>) change -> showExcluded());
        lines(viewModel.toFit(), toFitLines, toFitBox);
        lines(viewModel.leftOut(), leftOutLines, leftOutBox);
        lines(viewModel.notes(), noteLines, notesBox);
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

    /** Each sentence as a wrapping label; the box hides while there are none. */
    private static void lines(ObservableList<String> texts, VBox into, VBox box) {
        Runnable show = () -> {
            into.getChildren().setAll(texts.stream().map(text -> {
                Label line = new Label("• " + text);
                line.setWrapText(true);
                line.setMinHeight(Label.USE_PREF_SIZE);
                return line;
            }).toList());
            box.setVisible(!texts.isEmpty());
            box.setManaged(!texts.isEmpty());
        };
        texts.addListener((ListChangeListener<String>) change -> show.run());
        show.run();
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /**
     * A column whose long sentences wrap within its width instead of ending in "…". A Text with a
     * wrapping width gives the row its real height, which a wrapping Label in a cell does not.
     */
    private static <R> void wrapping(TableColumn<R, String> column, Function<R, String> value) {
        text(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? null : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty ? null : item);
            }
        });
    }
}
