package io.upskillplanner.ui.compare;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;

/** Recognition per industry with one series per candidate; a band behind the goal's industry marks it. */
final class RecognitionChart extends BarChart<String, Number> {

    private final Region highlight = new Region();
    private String highlighted;

    RecognitionChart() {
        super(new CategoryAxis(), new NumberAxis(0, 5, 1));
        highlight.getStyleClass().add("goal-industry-band");
        highlight.setManaged(false);
        getPlotChildren().add(highlight);
    }

    /** The category to mark, or null for none. */
    void setHighlighted(String category) {
        highlighted = category;
        highlight.setVisible(category != null);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis axis = (CategoryAxis) getXAxis();
        if (highlighted == null || !axis.getCategories().contains(highlighted)) {
            highlight.setVisible(false);
            return;
        }
        highlight.setVisible(true);
        double center = axis.getDisplayPosition(highlighted);
        double width = axis.getCategorySpacing();
        highlight.resizeRelocate(center - width / 2, 0, width, getYAxis().getHeight());
        highlight.toBack();
    }
}
