package io.upskillplanner.ui.compare;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.ui.common.CheckModelBinding;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NodeStates;
import io.upskillplanner.ui.common.TextCell;
import io.upskillplanner.ui.common.TextConverter;
import io.upskillplanner.ui.common.ViewLoader;
import io.upskillplanner.ui.common.WrappingCell;

import org.controlsfx.control.CheckComboBox;

/**
 * Compares a goal's candidates: table, score breakdown, weight sliders, three charts, schedule and
 * money. Everything shown comes from {@link CompareViewModel}; this class only binds.
 */
public final class CompareView {

    private final CompareViewModel viewModel;

    @FXML private ScrollPane root;
    @FXML private Label heading;
    @FXML private ComboBox<Goal> goalPicker;
    @FXML private CheckComboBox<CandidateWithCredential> candidatePicker;
    @FXML private CheckBox allOfGoal;
    @FXML private ComboBox<Credential> referencePicker;
    @FXML private Button clearReference;
    @FXML private Label message;
    @FXML private TableView<CompareRow> table;
    @FXML private TableColumn<CompareRow, String> rankColumn, credentialColumn, costColumn, recognitionColumn;
    @FXML private TableColumn<CompareRow, CompareRow> scoreColumn;
    @FXML private VBox breakdownPane;
    @FXML private Label breakdownTitle;
    @FXML private Label breakdownPlaceholder;
    @FXML private TableView<CriterionScore> breakdownTable;
    @FXML private TableColumn<CriterionScore, String> explanationColumn;
    @FXML private Label weightsHint;
    @FXML private GridPane weightGrid;
    @FXML private GridPane chartRow;
    @FXML private ToggleGroup scheduleModes;
    @FXML private ToggleButton sequentialButton;
    @FXML private ToggleButton parallelButton;
    @FXML private VBox scheduleBox;
    @FXML private Label finishLabel;
    @FXML private VBox warningBox;
    @FXML private Label costLabel;
    @FXML private Label returnLabel;
    @FXML private Label feasibilityLabel;

    public CompareView(CompareViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        NodeStates.showWhenText(message);
        initPickers();
        initTable();
        initBreakdown();
        weightsHint.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("compare.weights.hint", viewModel.profileNameProperty().get()),
                viewModel.profileNameProperty()));
        WeightRows.fill(weightGrid, viewModel);
        ChartRow charts = new ChartRow(chartRow, viewModel::status);
        viewModel.chartsProperty().addListener((obs, old, shown) -> showCharts(charts, shown));
        showCharts(charts, viewModel.chartsProperty().get());
        initScheduleAndMoney();
        // Candidates and weights may have been edited on other screens: reload whenever this screen is shown.
        root.parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                viewModel.reload();
            }
        });
    }

    private void initPickers() {
        goalPicker.setItems(viewModel.goals());
        goalPicker.valueProperty().bindBidirectional(viewModel.selectedGoalProperty());
        goalPicker.setConverter(new TextConverter<>(Goal::title));
        candidatePicker.setConverter(new TextConverter<>(c -> c.credential().title()));
        candidatePicker.setTitle(Messages.get("compare.candidatesPrompt"));
        CheckModelBinding.bind(candidatePicker, viewModel.candidates(), viewModel::isPicked, viewModel::pick,
                viewModel.selectedIds(), viewModel.allOfGoalProperty());
        allOfGoal.selectedProperty().bindBidirectional(viewModel.allOfGoalProperty());
        referencePicker.setItems(viewModel.degrees());
        referencePicker.valueProperty().bindBidirectional(viewModel.referenceDegreeProperty());
        referencePicker.setConverter(new TextConverter<>(d -> d.title() + " · "
                + (d.providerName() == null ? "" : d.providerName())));
        referencePicker.setButtonCell(new TextCell<>(Credential::title, Messages.get("compare.referenceNone")));
        clearReference.visibleProperty().bind(viewModel.referenceDegreeProperty().isNotNull());
        clearReference.setTooltip(new Tooltip(Messages.get("compare.referenceNone")));
    }

    @FXML
    private void clearReference() {
        viewModel.referenceDegreeProperty().set(null);
    }

    private void initTable() {
        table.setItems(viewModel.rows());
        ColumnWidths.keepReadable(table, rankColumn, credentialColumn, scoreColumn, costColumn);
        Columns.showAll(table, CompareColumns.TABLE);
        scoreColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        scoreColumn.setCellFactory(column -> new ScoreCell(viewModel::openBreakdown));
        Columns.markRows(table, "reference", CompareRow::reference);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.openBreakdown(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    private void initBreakdown() {
        NodeStates.showWhen(breakdownPane, viewModel.breakdownRowProperty().isNotNull());
        NodeStates.showWhen(breakdownPlaceholder, viewModel.breakdownRowProperty().isNull());
        breakdownTitle.textProperty().bind(viewModel.breakdownTitleProperty());
        breakdownTable.setItems(viewModel.breakdown());
        Columns.showAll(breakdownTable, CompareColumns.BREAKDOWN);
        explanationColumn.setCellFactory(column -> new WrappingCell<>());
        breakdownTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                closeBreakdown();
            }
        });
    }

    @FXML
    private void closeBreakdown() {
        viewModel.closeBreakdown();
        table.requestFocus();
    }

    @FXML
    private void resetWeights() {
        viewModel.resetWeights();
    }

    private void showCharts(ChartRow charts, CompareCharts shown) {
        charts.show(shown);
        Label header = new Label(Messages.get("compare.col.recognition"));
        header.setTooltip(new Tooltip(shown.goalIndustry().isEmpty() ? Messages.get("compare.col.recognition")
                : Messages.get("compare.col.recognitionIn", Formats.industry(shown.goalIndustry()))));
        recognitionColumn.setText(null);
        recognitionColumn.setGraphic(header);
    }

    private void initScheduleAndMoney() {
        NodeStates.choose(scheduleModes, Map.of(sequentialButton, ScheduleMode.SEQUENTIAL, parallelButton,
                ScheduleMode.PARALLEL), viewModel.scheduleModeProperty(), viewModel::changeScheduleMode);
        ScheduleLines.bind(scheduleBox, warningBox, viewModel);
        finishLabel.textProperty().bind(viewModel.finishTextProperty());
        // A late finish is said by the first warning instead.
        NodeStates.showWhenText(finishLabel);
        costLabel.textProperty().bind(viewModel.costTextProperty());
        returnLabel.textProperty().bind(viewModel.returnTextProperty());
        feasibilityLabel.textProperty().bind(viewModel.feasibilityTextProperty());
        feasibilityLabel.getStyleClass().add("feasibility");
        NodeStates.markWhen(feasibilityLabel, "negative", viewModel.feasibleProperty().not());
    }
}
