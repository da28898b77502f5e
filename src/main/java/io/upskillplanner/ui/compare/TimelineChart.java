package io.upskillplanner.ui.compare;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.shape.Line;

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
        getStyleClass().add("timeline-chart");
        deadlineLine.getStyleClass().add("deadline-line");
        deadlineLine.setManaged(false);
        getPlotChildren().add(deadlineLine);
    }

    /** Null hides the marker. */
    void setDeadline(Double week) {
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
