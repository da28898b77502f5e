package io.upskillplanner.ui.compare;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NumberInput;
import io.upskillplanner.ui.common.ViewLoader;

import org.controlsfx.control.CheckComboBox;

/**
 * Compares a goal's candidates: table, score breakdown, weight sliders, three charts, schedule and
 * money. Everything shown comes from {@link CompareViewModel}; this class only binds and draws.
 */
public final class CompareView {

    private static final PseudoClass REFERENCE = PseudoClass.getPseudoClass("reference");
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    /** A reference bar this many times the largest candidate's runs off the axis instead of setting it. */
    private static final double OFF_SCALE_FACTOR = 2.5;
    /** Below this width the three charts go one above the other. */
    private static final double CHARTS_SIDE_BY_SIDE_MIN_WIDTH = 1200;

    private final CompareViewModel viewModel;
    /** Set while the view mirrors the model into the candidate picker, so that is not read as a user pick. */
    private boolean syncingPicker;

    @FXML private ScrollPane root;
    @FXML private Label heading;
    @FXML private ComboBox<Goal> goalPicker;
    @FXML private CheckComboBox<CandidateWithCredential> candidatePicker;
    @FXML private CheckBox allOfGoal;
    @FXML private ComboBox<Credential> referencePicker;
    @FXML private Button clearReference;
    @FXML private Label message;
    @FXML private TableView<CompareRow> table;
    @FXML private TableColumn<CompareRow, String> rankColumn;
    @FXML private TableColumn<CompareRow, String> credentialColumn;
    @FXML private TableColumn<CompareRow, CompareRow> scoreColumn;
    @FXML private TableColumn<CompareRow, String> providerColumn;
    @FXML private TableColumn<CompareRow, String> costColumn;
    @FXML private TableColumn<CompareRow, String> effortColumn;
    @FXML private TableColumn<CompareRow, String> datesColumn;
    @FXML private TableColumn<CompareRow, String> formatColumn;
    @FXML private TableColumn<CompareRow, String> accreditationColumn;
    @FXML private TableColumn<CompareRow, String> recognitionColumn;
    @FXML private TableColumn<CompareRow, String> budgetColumn;
    @FXML private TableColumn<CompareRow, String> deadlineColumn;
    @FXML private VBox breakdownPane;
    @FXML private Label breakdownTitle;
    @FXML private Label breakdownPlaceholder;
    @FXML private TableView<CriterionScore> breakdownTable;
    @FXML private TableColumn<CriterionScore, String> criterionColumn;
    @FXML private TableColumn<CriterionScore, String> ratingColumn;
    @FXML private TableColumn<CriterionScore, String> weightColumn;
    @FXML private TableColumn<CriterionScore, String> pointsColumn;
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

    private final StackedBarChart<Number, String> costChart =
            new StackedBarChart<>(new NumberAxis(), new CategoryAxis());
    private final TimelineChart timeChart = new TimelineChart();
    private final RecognitionChart recognitionChart = new RecognitionChart();

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
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        initPickers();
        initTable();
        initBreakdown();
        initWeights();
        initCharts();
        initScheduleAndMoney();
        // Candidates and weights may have been edited on other screens: reload whenever this screen is shown.
        root.parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                viewModel.reload();
            }
        });
    }

    // --- pickers ---

    private void initPickers() {
        goalPicker.setItems(viewModel.goals());
        goalPicker.valueProperty().bindBidirectional(viewModel.selectedGoalProperty());
        goalPicker.setConverter(converter(Goal::title));
        candidatePicker.setConverter(converter(c -> c.credential().title()));
        candidatePicker.setTitle(Messages.get("compare.candidatesPrompt"));
        candidatePicker.getCheckModel().getCheckedItems().addListener(
                (ListChangeListener<CandidateWithCredential>) change -> {
                    if (!syncingPicker) {
                        pickedInPicker();
                    }
                });
        viewModel.candidates().addListener((ListChangeListener<CandidateWithCredential>) c -> syncPicker());
        viewModel.selectedIds().addListener((ListChangeListener<UUID>) c -> syncPicker());
        allOfGoal.selectedProperty().bindBidirectional(viewModel.allOfGoalProperty());
        allOfGoal.selectedProperty().addListener((obs, old, all) -> syncPicker());
        syncPicker();

        referencePicker.setItems(viewModel.degrees());
        referencePicker.valueProperty().bindBidirectional(viewModel.referenceDegreeProperty());
        referencePicker.setConverter(converter(d -> d.title() + " · " + nullToEmpty(d.providerName())));
        referencePicker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Credential degree, boolean empty) {
                super.updateItem(degree, empty);
                setText(empty || degree == null ? Messages.get("compare.referenceNone") : degree.title());
            }
        });
        clearReference.visibleProperty().bind(viewModel.referenceDegreeProperty().isNotNull());
        clearReference.setTooltip(new Tooltip(Messages.get("compare.referenceNone")));
    }

    private void pickedInPicker() {
        List<UUID> ids = candidatePicker.getCheckModel().getCheckedItems().stream()
                .map(c -> c.candidate().id()).toList();
        if (allOfGoal.isSelected() && ids.size() == viewModel.candidates().size()) {
            return;
        }
        viewModel.select(ids);
    }

    private void syncPicker() {
        syncingPicker = true;
        try {
            if (!candidatePicker.getItems().equals(viewModel.candidates())) {
                candidatePicker.getItems().setAll(viewModel.candidates());
            }
            // Check and uncheck one by one: ControlsFX's clearChecks() fails right after the items change.
            Set<UUID> picked = new HashSet<>(viewModel.selectedIds());
            var checks = candidatePicker.getCheckModel();
            for (CandidateWithCredential c : candidatePicker.getItems()) {
                boolean wanted = viewModel.allOfGoalProperty().get() || picked.contains(c.candidate().id());
                if (wanted && !checks.isChecked(c)) {
                    checks.check(c);
                } else if (!wanted && checks.isChecked(c)) {
                    checks.clearCheck(c);
                }
            }
        } finally {
            syncingPicker = false;
        }
    }

    @FXML
    private void clearReference() {
        viewModel.referenceDegreeProperty().set(null);
    }

    // --- table and breakdown ---

    private void initTable() {
        table.setItems(viewModel.rows());
        ColumnWidths.keepReadable(table, rankColumn, credentialColumn, scoreColumn, costColumn);
        rankColumn.setCellValueFactory(c -> text(c.getValue().reference() ? Messages.get("compare.referenceTag")
                : String.valueOf(c.getValue().rank())));
        credentialColumn.setCellValueFactory(c -> text(c.getValue().reference()
                ? Messages.get("compare.referenceLabel", c.getValue().credential().title())
                : c.getValue().credential().title()));
        scoreColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        scoreColumn.setCellFactory(column -> new ScoreCell());
        providerColumn.setCellValueFactory(c -> text(c.getValue().credential().providerName()));
        costColumn.setCellValueFactory(c -> text(Formats.money(c.getValue().evaluation().totalCost())));
        effortColumn.setCellValueFactory(c -> text(Messages.get("compare.effortWeeks",
                c.getValue().credential().effortHours(), c.getValue().calendarWeeks())));
        datesColumn.setCellValueFactory(c -> text(Formats.date(c.getValue().start()) + " – "
                + Formats.date(c.getValue().finish())));
        formatColumn.setCellValueFactory(c -> text(Formats.label(c.getValue().credential().format())));
        accreditationColumn.setCellValueFactory(c -> {
            String body = c.getValue().credential().quality().accreditationBody();
            return text(body == null ? Messages.get("compare.none") : body);
        });
        recognitionColumn.setCellValueFactory(c -> text(c.getValue().recognitionInGoalIndustry() + "/5"));
        budgetColumn.setCellValueFactory(c -> text(yesNo(c.getValue().evaluation().withinBudgetAlone())));
        deadlineColumn.setCellValueFactory(c -> text(yesNo(c.getValue().evaluation().beforeDeadline())));
        budgetColumn.setCellFactory(column -> new YesNoCell());
        deadlineColumn.setCellFactory(column -> new YesNoCell());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompareRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REFERENCE, !empty && row != null && row.reference());
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.openBreakdown(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    private void initBreakdown() {
        breakdownPane.visibleProperty().bind(viewModel.breakdownRowProperty().isNotNull());
        breakdownPane.managedProperty().bind(breakdownPane.visibleProperty());
        breakdownPlaceholder.visibleProperty().bind(breakdownPane.visibleProperty().not());
        breakdownPlaceholder.managedProperty().bind(breakdownPlaceholder.visibleProperty());
        viewModel.breakdownRowProperty().addListener((obs, old, row) -> breakdownTitle.setText(row == null ? ""
                : Messages.get("compare.breakdown.title", row.credential().title(),
                        Formats.score(row.evaluation().score().points()))));
        breakdownTable.setItems(viewModel.breakdown());
        criterionColumn.setCellValueFactory(c -> text(Messages.get("criterion." + c.getValue().criterion().name())));
        ratingColumn.setCellValueFactory(c -> text(Formats.number(BigDecimal.valueOf(c.getValue().rating()))));
        weightColumn.setCellValueFactory(c -> text(Formats.number(BigDecimal.valueOf(c.getValue().weight()))));
        pointsColumn.setCellValueFactory(c -> text(Formats.score(c.getValue().points())));
        explanationColumn.setCellValueFactory(c -> text(Formats.text(c.getValue().explanation())));
        explanationColumn.setCellFactory(column -> new WrappingCell());
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

    // --- weights ---

    private void initWeights() {
        weightsHint.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("compare.weights.hint", viewModel.profileNameProperty().get()),
                viewModel.profileNameProperty()));
        int row = 0;
        for (WeightSetting setting : viewModel.weights()) {
            Label name = new Label(setting.label());
            name.setWrapText(true);
            name.getStyleClass().add("weight-name");
            Slider slider = new Slider(0, WeightSetting.MAX, setting.weight());
            slider.setId("weight-" + setting.criterion().name());
            slider.getStyleClass().add("weight-slider");
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(1);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(WeightSetting.STEP);
            slider.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(slider, Priority.ALWAYS);
            slider.setAccessibleText(setting.label());
            slider.valueProperty().bindBidirectional(setting.weightProperty());
            // Saving on release keeps the database out of the drag; the ranking follows every move.
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    viewModel.commitWeights();
                }
            });
            slider.setOnMouseReleased(event -> viewModel.commitWeights());
            slider.setOnKeyReleased(event -> viewModel.commitWeights());
            name.setLabelFor(slider);
            weightGrid.addRow(row++, name, slider, weightField(setting));
        }
        GridPane.setHgrow(weightGrid, Priority.ALWAYS);
    }

    /** The weight as a number to type (in half steps, either decimal separator); Enter or leaving the field applies it. */
    private Spinner<Double> weightField(WeightSetting setting) {
        Spinner<Double> field = new Spinner<>(0, WeightSetting.MAX, setting.weight(), WeightSetting.STEP);
        field.setId("weightValue-" + setting.criterion().name());
        field.getStyleClass().add("weight-value");
        field.setEditable(true);
        field.setAccessibleText(setting.label());
        field.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Double weight) {
                return weight == null ? "" : Formats.number(BigDecimal.valueOf(weight));
            }

            @Override
            public Double fromString(String text) {
                try {
                    return NumberInput.decimal(text).map(BigDecimal::doubleValue).map(WeightSetting::snap)
                            .orElse(setting.weight());
                } catch (NumberFormatException e) {
                    // Not a number: the field goes back to the weight it had.
                    return setting.weight();
                }
            }
        });
        setting.weightProperty().addListener((obs, old, weight) -> field.getValueFactory().setValue(weight.doubleValue()));
        field.valueProperty().addListener((obs, old, typed) -> {
            // Changes that come from the slider already are the setting's value: only typed ones are saved here.
            if (typed != null && WeightSetting.snap(typed) != setting.weight()) {
                setting.weightProperty().set(typed);
                viewModel.commitWeights();
            }
        });
        field.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.commitValue();
            }
        });
        return field;
    }

    @FXML
    private void resetWeights() {
        viewModel.resetWeights();
    }

    // --- charts ---

    private void initCharts() {
        costChart.setId("costChart");
        timeChart.setId("timeChart");
        recognitionChart.setId("recognitionChart");
        costChart.setAnimated(false);
        timeChart.setAnimated(false);
        recognitionChart.setAnimated(false);
        timeChart.setLegendVisible(false);
        recognitionChart.getXAxis().setLabel(Messages.get("compare.chart.recognition.axis"));
        ((NumberAxis) recognitionChart.getXAxis()).setAutoRanging(false);
        costChart.setLegendSide(Side.BOTTOM);
        timeChart.getXAxis().setLabel(Messages.get("compare.chart.time.axis"));
        recognitionChart.setTitle(Messages.get("compare.chart.recognition.title"));
        chartRow.getChildren().setAll(card(costChart, "cost"), card(timeChart, "timeline"),
                card(recognitionChart, "recognition"));
        chartRow.widthProperty().addListener((obs, old, width) -> layOutCharts(width.doubleValue()));
        layOutCharts(chartRow.getWidth());
        viewModel.chartsProperty().addListener((obs, old, charts) -> drawCharts(charts));
        drawCharts(viewModel.chartsProperty().get());
    }

    /**
     * Side by side where there is room for three readable plots; one above the other below that
     * (a 1200-pixel window), where three columns left each plot a few ticks wide and cut the axis
     * labels and titles short.
     */
    private void layOutCharts(double width) {
        int columns = width == 0 || width >= CHARTS_SIDE_BY_SIDE_MIN_WIDTH ? chartRow.getChildren().size() : 1;
        if (chartRow.getColumnConstraints().size() == columns) {
            return;
        }
        List<ColumnConstraints> constraints = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            constraints.add(column);
        }
        chartRow.getColumnConstraints().setAll(constraints);
        for (int i = 0; i < chartRow.getChildren().size(); i++) {
            GridPane.setConstraints(chartRow.getChildren().get(i), columns == 1 ? 0 : i, columns == 1 ? i : 0);
        }
    }

    private VBox card(Chart chart, String fileName) {
        VBox card = new VBox(4);
        card.getStyleClass().add("chart-card");
        card.setMinWidth(0);
        card.setPrefWidth(1);
        chart.setMinSize(0, 300);
        chart.setPrefHeight(400);
        Button copy = new Button(Messages.get("compare.chart.copy"));
        Button save = new Button(Messages.get("compare.chart.save"));
        copy.getStyleClass().addAll("small", "flat");
        save.getStyleClass().addAll("small", "flat");
        copy.setOnAction(e -> copy(chart, card));
        save.setOnAction(e -> save(chart, card, fileName));
        MenuItem copyItem = new MenuItem(Messages.get("compare.chart.copy"));
        MenuItem saveItem = new MenuItem(Messages.get("compare.chart.save"));
        copyItem.setOnAction(e -> copy(chart, card));
        saveItem.setOnAction(e -> save(chart, card, fileName));
        ContextMenu menu = new ContextMenu(copyItem, saveItem);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(4, spacer, copy, save);
        tools.setAlignment(Pos.CENTER_RIGHT);
        card.getChildren().addAll(tools, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return card;
    }

    private void copy(Chart chart, VBox card) {
        ChartExport.copy(chart, card);
        viewModelStatus(Messages.get("compare.chart.copied"));
    }

    private void save(Chart chart, VBox card, String fileName) {
        try {
            File file = ChartExport.save(chart, card, root.getScene().getWindow(),
                    Messages.get("compare.chart.saveTitle"), fileName);
            if (file != null) {
                viewModelStatus(Messages.get("compare.chart.saved", file));
            }
        } catch (IOException e) {
            viewModelStatus(Messages.get("status.error", e.getMessage()));
        }
    }

    private void viewModelStatus(String text) {
        viewModel.status(text);
    }

    private void drawCharts(CompareCharts charts) {
        drawCost(charts);
        drawTime(charts);
        drawRecognition(charts);
    }

    private void drawCost(CompareCharts charts) {
        String currency = charts.currency();
        costChart.setTitle(Messages.get("compare.chart.cost.title", currency));
        costChart.getXAxis().setLabel(Messages.get("compare.chart.cost.axis", currency));
        // Best at the top: a vertical category axis lists its first category at the bottom.
        List<CompareCharts.CostBar> bars = new ArrayList<>(charts.cost());
        Collections.reverse(bars);
        double scale = scaleMax(bars, b -> !b.reference(), b -> b.total().doubleValue(), 0);
        List<String> categories = new ArrayList<>();
        for (CompareCharts.CostBar bar : bars) {
            categories.add(bar.reference() && bar.total().doubleValue() > scale
                    ? Messages.get("compare.chart.offScale", bar.label(), money(bar.total(), currency)) : bar.label());
        }
        costChart.getData().clear();
        ((CategoryAxis) costChart.getYAxis()).getCategories().setAll(categories);
        setRange((NumberAxis) costChart.getXAxis(), scale);
        String[] keys = {"tuition", "exam", "materials", "renewals"};
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (String key : keys) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(Messages.get("compare.chart.cost." + key));
            for (int j = 0; j < bars.size(); j++) {
                s.getData().add(new XYChart.Data<>(part(bars.get(j), key), categories.get(j)));
            }
            series.add(s);
        }
        costChart.getData().setAll(series);
        for (int i = 0; i < keys.length; i++) {
            List<XYChart.Data<Number, String>> data = series.get(i).getData();
            for (int j = 0; j < data.size(); j++) {
                CompareCharts.CostBar bar = bars.get(j);
                decorate(data.get(j).getNode(), bar.reference(), Messages.get("compare.tip.cost", bar.title(),
                        series.get(i).getName(), money(part(bar, keys[i]), currency), money(bar.total(), currency)));
            }
        }
        costChart.setAccessibleText(charts.costText());
    }

    private static BigDecimal part(CompareCharts.CostBar bar, String key) {
        return switch (key) {
            case "tuition" -> bar.tuition();
            case "exam" -> bar.exam();
            case "materials" -> bar.materials();
            default -> bar.renewals();
        };
    }

    private void drawTime(CompareCharts charts) {
        List<CompareCharts.TimeBar> bars = new ArrayList<>(charts.time());
        Collections.reverse(bars);
        double deadline = charts.deadlineWeek().orElse(0.0);
        double scale = scaleMax(bars, b -> !b.reference(), b -> b.startWeek() + b.weeks(), deadline);
        List<String> categories = new ArrayList<>();
        for (CompareCharts.TimeBar bar : bars) {
            categories.add(bar.reference() && bar.startWeek() + bar.weeks() > scale
                    ? Messages.get("compare.chart.offScale", bar.label(),
                            Messages.get("compare.chart.weeks", bar.weeks()))
                    : bar.label());
        }
        timeChart.getData().clear();
        ((CategoryAxis) timeChart.getYAxis()).getCategories().setAll(categories);
        setRange((NumberAxis) timeChart.getXAxis(), scale);
        XYChart.Series<Number, String> waiting = new XYChart.Series<>();
        waiting.setName(Messages.get("compare.chart.time.waiting"));
        XYChart.Series<Number, String> studying = new XYChart.Series<>();
        studying.setName(Messages.get("compare.chart.time.studying"));
        for (int j = 0; j < bars.size(); j++) {
            CompareCharts.TimeBar bar = bars.get(j);
            waiting.getData().add(new XYChart.Data<>(Math.max(0, bar.startWeek()), categories.get(j)));
            // A zero-week bar (completed) would vanish; a sliver keeps it findable.
            studying.getData().add(new XYChart.Data<>(Math.max(0.15, bar.weeks()), categories.get(j)));
        }
        timeChart.getData().setAll(List.of(waiting, studying));
        for (int j = 0; j < bars.size(); j++) {
            CompareCharts.TimeBar bar = bars.get(j);
            Node node = studying.getData().get(j).getNode();
            String tip = Messages.get("compare.tip.time", bar.title(), Formats.date(bar.start()),
                    Formats.date(bar.finish()), bar.weeks(), bar.effortHours())
                    + (bar.planned() ? "" : "\n" + Messages.get("compare.tip.notPlanned"));
            decorate(node, bar.reference(), tip);
            if (node != null && !bar.planned()) {
                node.getStyleClass().add("not-planned");
            }
            Node gap = waiting.getData().get(j).getNode();
            if (gap != null) {
                gap.getStyleClass().add("waiting-bar");
            }
        }
        timeChart.setDeadline(charts.deadlineWeek().orElse(null));
        timeChart.setTitle(charts.deadline()
                .map(d -> Messages.get("compare.chart.time.titleDeadline", Formats.date(d)))
                .orElse(Messages.get("compare.chart.time.title")));
        timeChart.setAccessibleText(charts.timeText());
    }

    /**
     * The axis end: the largest of the candidates (and the deadline), so that a degree many times
     * longer or dearer does not squash them; such a reference bar runs off the end with its value
     * in its label. Without candidates the reference sets the scale.
     */
    private static <T> double scaleMax(List<T> bars, Predicate<T> counts, ToDoubleFunction<T> value, double floor) {
        double max = floor;
        double all = floor;
        boolean any = false;
        for (T bar : bars) {
            all = Math.max(all, value.applyAsDouble(bar));
            if (counts.test(bar)) {
                max = Math.max(max, value.applyAsDouble(bar));
                any = true;
            }
        }
        double chosen = any && all > max * OFF_SCALE_FACTOR ? max : all;
        return chosen <= 0 ? 1 : chosen;
    }

    private static void setRange(NumberAxis axis, double max) {
        double tick = niceTick(max * 1.08);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(tick);
        axis.setUpperBound(Math.ceil(max * 1.08 / tick) * tick);
    }

    /** A round step (1, 2 or 5 times a power of ten) that gives at most six ticks. */
    private static double niceTick(double range) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(range, 1e-9) / 6)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (range / (step * power) <= 6) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private void drawRecognition(CompareCharts charts) {
        String goal = charts.goalIndustry();
        Label header = new Label(Messages.get("compare.col.recognition"));
        header.setTooltip(new Tooltip(goal.isEmpty() ? Messages.get("compare.col.recognition")
                : Messages.get("compare.col.recognitionIn", Formats.industry(goal))));
        recognitionColumn.setText(null);
        recognitionColumn.setGraphic(header);
        Function<String, String> category = industry -> industry.equalsIgnoreCase(goal)
                ? Messages.get("compare.chart.goalIndustry", Formats.industry(industry)) : Formats.industry(industry);
        // The goal's industry first in the model; reversed here so that it is drawn at the top.
        List<String> industries = new ArrayList<>(charts.industries());
        Collections.reverse(industries);
        recognitionChart.getData().clear();
        ((CategoryAxis) recognitionChart.getYAxis()).getCategories()
                .setAll(industries.stream().map(category).toList());
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (CompareCharts.RecognitionSeries s : charts.recognition()) {
            XYChart.Series<Number, String> line = new XYChart.Series<>();
            line.setName(s.label());
            for (String industry : industries) {
                line.getData().add(new XYChart.Data<>(s.levels().get(industry), category.apply(industry)));
            }
            series.add(line);
        }
        recognitionChart.getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            CompareCharts.RecognitionSeries s = charts.recognition().get(i);
            for (int j = 0; j < industries.size(); j++) {
                String industry = industries.get(j);
                decorate(series.get(i).getData().get(j).getNode(), s.reference(),
                        Messages.get("compare.tip.recognition", s.title(), Formats.industry(industry),
                                s.levels().get(industry)));
            }
        }
        recognitionChart.setHighlighted(goal.isEmpty() ? null : category.apply(goal));
        recognitionChart.setAccessibleText(charts.recognitionText());
    }

    private static void decorate(Node node, boolean reference, String tip) {
        if (node == null) {
            return;
        }
        if (reference) {
            node.getStyleClass().add("reference-bar");
        }
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tooltip);
    }

    // --- schedule and money ---

    private void initScheduleAndMoney() {
        sequentialButton.setUserData(ScheduleMode.SEQUENTIAL);
        parallelButton.setUserData(ScheduleMode.PARALLEL);
        selectMode(viewModel.scheduleModeProperty().get());
        viewModel.scheduleModeProperty().addListener((obs, old, mode) -> selectMode(mode));
        scheduleModes.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                scheduleModes.selectToggle(old);
            } else {
                viewModel.changeScheduleMode((ScheduleMode) toggle.getUserData());
            }
        });
        viewModel.scheduleLines().addListener((ListChangeListener<ScheduleLine>) c -> drawSchedule());
        viewModel.scheduleWarnings().addListener((ListChangeListener<String>) c -> drawWarnings());
        finishLabel.textProperty().bind(viewModel.finishTextProperty());
        // A late finish is said by the first warning instead.
        finishLabel.managedProperty().bind(finishLabel.textProperty().isNotEmpty());
        finishLabel.visibleProperty().bind(finishLabel.managedProperty());
        costLabel.textProperty().bind(viewModel.costTextProperty());
        returnLabel.textProperty().bind(viewModel.returnTextProperty());
        feasibilityLabel.textProperty().bind(viewModel.feasibilityTextProperty());
        viewModel.feasibleProperty().addListener(
                (obs, was, ok) -> feasibilityLabel.pseudoClassStateChanged(NEGATIVE, !ok));
        feasibilityLabel.getStyleClass().add("feasibility");
        feasibilityLabel.pseudoClassStateChanged(NEGATIVE, !viewModel.feasibleProperty().get());
        drawSchedule();
        drawWarnings();
    }

    private void selectMode(ScheduleMode mode) {
        scheduleModes.selectToggle(mode == ScheduleMode.PARALLEL ? parallelButton : sequentialButton);
    }

    private void drawSchedule() {
        List<Node> lines = new ArrayList<>();
        for (ScheduleLine line : viewModel.scheduleLines()) {
            Label label = new Label(line.completed() ? Messages.get("compare.schedule.completed", line.title())
                    : Messages.get("compare.schedule.line", line.title(), Formats.date(line.start()),
                            Formats.date(line.finish()), line.weeks(), Formats.number(line.weeklyHours())));
            label.setWrapText(true);
            label.getStyleClass().add("schedule-line");
            label.pseudoClassStateChanged(NEGATIVE, line.afterDeadline());
            lines.add(label);
        }
        scheduleBox.getChildren().setAll(lines);
    }

    private void drawWarnings() {
        warningBox.getChildren().setAll(viewModel.scheduleWarnings().stream().map(text -> {
            Label label = new Label("⚠ " + text);
            label.setWrapText(true);
            label.getStyleClass().add("schedule-warning");
            return (Node) label;
        }).toList());
    }

    // --- small helpers ---

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    private static String yesNo(boolean value) {
        return Messages.get(value ? "compare.yes" : "compare.no");
    }

    private static String money(BigDecimal amount, String currency) {
        return Formats.money(new Money(amount, currency));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** The score as a link: clicking it (or Enter on the row) opens its breakdown. */
    private final class ScoreCell extends TableCell<CompareRow, CompareRow> {
        private final Hyperlink link = new Hyperlink();

        ScoreCell() {
            link.getStyleClass().add("score-link");
            link.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.openBreakdown(getItem());
                }
            });
        }

        @Override
        protected void updateItem(CompareRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                link.setText(Formats.score(row.evaluation().score().points()));
                setGraphic(link);
            }
        }
    }

    private static final class YesNoCell extends TableCell<CompareRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            pseudoClassStateChanged(NEGATIVE, !empty && Messages.get("compare.no").equals(text));
        }
    }

    private static final class WrappingCell extends TableCell<CriterionScore, String> {
        private final Label label = new Label();

        WrappingCell() {
            label.setWrapText(true);
            label.maxWidthProperty().bind(widthProperty().subtract(12));
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            label.setText(empty ? null : text);
            setGraphic(empty ? null : label);
        }
    }
}
