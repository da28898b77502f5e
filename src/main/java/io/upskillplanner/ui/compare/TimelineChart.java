package io.upskillplanner.ui.compare;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * Horizontal bars from each candidate's start to its finish, in weeks from today, with the
 * goal's deadline as a vertical line: it answers "does it finish in time" at a glance. The first
 * series is the wait before the start and is drawn transparent by the style sheet.
 */
final class TimelineChart extends StackedBarChart<Number, String> {

    private final Line deadlineLine = new Line();
    private final Label deadlineLabel = new Label();
    private Double deadlineWeek;

    TimelineChart() {
        super(new NumberAxis(), new CategoryAxis());
        deadlineLine.getStyleClass().add("deadline-line");
        deadlineLabel.getStyleClass().add("deadline-label");
        deadlineLine.setManaged(false);
        deadlineLabel.setManaged(false);
        getPlotChildren().addAll(deadlineLine, deadlineLabel);
    }

    /** Null hides the marker. */
    void setDeadline(Double week, String text) {
        deadlineWeek = week;
        deadlineLabel.setText(text);
        deadlineLine.setVisible(week != null);
        deadlineLabel.setVisible(week != null);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (deadlineWeek == null) {
            return;
        }
        NumberAxis axis = (NumberAxis) getXAxis();
        double x = axis.getDisplayPosition(deadlineWeek);
        double height = getYAxis().getHeight();
        deadlineLine.setStartX(x);
        deadlineLine.setEndX(x);
        deadlineLine.setStartY(0);
        deadlineLine.setEndY(height);
        deadlineLine.toFront();
        deadlineLabel.autosize();
        // Right of the line unless that would leave the plot; then left of it.
        double labelX = x + 4 + deadlineLabel.getWidth() > axis.getWidth() ? x - 4 - deadlineLabel.getWidth() : x + 4;
        deadlineLabel.relocate(labelX, 2);
        deadlineLabel.toFront();
    }
}
