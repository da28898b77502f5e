package io.upskillplanner.ui.compare;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;

/**
 * Recognition per industry, industries down the side and one bar per candidate in each; a band
 * behind the goal's industry marks it. Horizontal so that industry names read without rotation.
 */
final class RecognitionChart extends BarChart<Number, String> {

    private final Region highlight = new Region();
    private String highlighted;

    RecognitionChart() {
        super(new NumberAxis(0, 5, 1), new CategoryAxis());
        highlight.getStyleClass().add("goal-industry-band");
        highlight.setManaged(false);
        getPlotChildren().add(highlight);
        // The default gaps leave no room for a bar when several candidates share an industry.
        setBarGap(1);
        setCategoryGap(6);
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
        CategoryAxis axis = (CategoryAxis) getYAxis();
        if (highlighted == null || !axis.getCategories().contains(highlighted)) {
            highlight.setVisible(false);
            return;
        }
        highlight.setVisible(true);
        double center = axis.getDisplayPosition(highlighted);
        double height = axis.getCategorySpacing();
        highlight.resizeRelocate(0, center - height / 2, getXAxis().getWidth(), height);
        highlight.toBack();
    }
}
