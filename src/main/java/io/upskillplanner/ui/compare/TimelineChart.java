package io.upskillplanner.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * Horizontal bars from each candidate's start to its finish, in weeks from today, with the
 * goal's deadline as a vertical line: it answers "does it finish in time" at a glance. The first
 * series is the wait before the start and is drawn transparent by the style sheet. The deadline's
 * date is named in the axis label, where it cannot collide with the bars.
 */
final class TimelineChart extends StackedBarChart<Number, String> {

    private final Line deadlineLine = new Line();
    private Double deadlineWeek;

    TimelineChart() {
        super(new NumberAxis(), new CategoryAxis());
        setId("timeChart");
        setLegendVisible(false);
        getXAxis().setLabel(Messages.get("compare.chart.time.axis"));
        getStyleClass().add("timeline-chart");
        deadlineLine.getStyleClass().add("deadline-line");
        deadlineLine.setManaged(false);
        getPlotChildren().add(deadlineLine);
    }

    void show(CompareCharts charts) {
        List<CompareCharts.TimeBar> bars = new ArrayList<>(charts.time());
        Collections.reverse(bars);
        double deadline = charts.deadlineWeek().orElse(0.0);
        double end = ChartMarks.end(bars, b -> !b.reference(), b -> b.startWeek() + b.weeks(), deadline);
        List<String> categories = new ArrayList<>();
        for (CompareCharts.TimeBar bar : bars) {
            categories.add(bar.reference() && bar.startWeek() + bar.weeks() > end
                    ? Messages.get("compare.chart.offScale", bar.label(),
                            Messages.get("compare.chart.weeks", bar.weeks()))
                    : bar.label());
        }
        getData().clear();
        ((CategoryAxis) getYAxis()).getCategories().setAll(categories);
        ChartMarks.setRange((NumberAxis) getXAxis(), end);
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
        getData().setAll(List.of(waiting, studying));
        for (int j = 0; j < bars.size(); j++) {
            CompareCharts.TimeBar bar = bars.get(j);
            Node node = studying.getData().get(j).getNode();
            String tip = Messages.get("compare.tip.time", bar.title(), Formats.date(bar.start()),
                    Formats.date(bar.finish()), bar.weeks(), bar.effortHours())
                    + (bar.planned() ? "" : "\n" + Messages.get("compare.tip.notPlanned"));
            ChartMarks.decorate(node, bar.reference(), tip);
            if (node != null && !bar.planned()) {
                node.getStyleClass().add("not-planned");
            }
            Node gap = waiting.getData().get(j).getNode();
            if (gap != null) {
                gap.getStyleClass().add("waiting-bar");
            }
        }
        setDeadline(charts.deadlineWeek().orElse(null));
        setTitle(charts.deadline()
                .map(d -> Messages.get("compare.chart.time.titleDeadline", Formats.date(d)))
                .orElse(Messages.get("compare.chart.time.title")));
        setAccessibleText(charts.timeText());
    }

    /** Null hides the marker. */
    private void setDeadline(Double week) {
        deadlineWeek = week;
        deadlineLine.setVisible(week != null);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (deadlineWeek == null) {
            return;
        }
        double x = ((NumberAxis) getXAxis()).getDisplayPosition(deadlineWeek);
        deadlineLine.setStartX(x);
        deadlineLine.setEndX(x);
        deadlineLine.setStartY(0);
        deadlineLine.setEndY(getYAxis().getHeight());
        deadlineLine.toFront();
    }
}
