package io.upskillplanner.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * Recognition per industry, industries down the side and one bar per candidate in each; a band
 * behind the goal's industry marks it. Horizontal so that industry names read without rotation.
 */
final class RecognitionChart extends BarChart<Number, String> {

    private final Region highlight = new Region();
    private String highlighted;

    RecognitionChart() {
        super(new NumberAxis(0, 5, 1), new CategoryAxis());
        setId("recognitionChart");
        getXAxis().setLabel(Messages.get("compare.chart.recognition.axis"));
        ((NumberAxis) getXAxis()).setAutoRanging(false);
        setTitle(Messages.get("compare.chart.recognition.title"));
        highlight.getStyleClass().add("goal-industry-band");
        highlight.setManaged(false);
        getPlotChildren().add(highlight);
        // The default gaps leave no room for a bar when several candidates share an industry.
        setBarGap(1);
        setCategoryGap(6);
    }

    void show(CompareCharts charts) {
        String goal = charts.goalIndustry();
        Function<String, String> category = industry -> industry.equalsIgnoreCase(goal)
                ? Messages.get("compare.chart.goalIndustry", Formats.industry(industry)) : Formats.industry(industry);
        // The goal's industry first in the model; reversed here so that it is drawn at the top.
        List<String> industries = new ArrayList<>(charts.industries());
        Collections.reverse(industries);
        getData().clear();
        ((CategoryAxis) getYAxis()).getCategories().setAll(industries.stream().map(category).toList());
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (CompareCharts.RecognitionSeries s : charts.recognition()) {
            XYChart.Series<Number, String> line = new XYChart.Series<>();
            line.setName(s.label());
            for (String industry : industries) {
                line.getData().add(new XYChart.Data<>(s.levels().get(industry), category.apply(industry)));
            }
            series.add(line);
        }
        getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            CompareCharts.RecognitionSeries s = charts.recognition().get(i);
            for (int j = 0; j < industries.size(); j++) {
                String industry = industries.get(j);
                ChartMarks.decorate(series.get(i).getData().get(j).getNode(), s.reference(),
                        Messages.get("compare.tip.recognition", s.title(), Formats.industry(industry),
                                s.levels().get(industry)));
            }
        }
        setHighlighted(goal.isEmpty() ? null : category.apply(goal));
        setAccessibleText(charts.recognitionText());
    }

    /** The category to mark, or null for none. */
    private void setHighlighted(String category) {
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
