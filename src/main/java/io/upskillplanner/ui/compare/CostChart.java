package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

import io.upskillplanner.domain.Money;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * Each candidate's cost over the horizon as one stacked bar of tuition, exam, materials and
 * renewals, best at the top; a reference degree far dearer than the rest runs off the axis with
 * its total in its label.
 */
final class CostChart extends StackedBarChart<Number, String> {

    private static final List<String> PARTS = List.of("tuition", "exam", "materials", "renewals");

    CostChart() {
        super(new NumberAxis(), new CategoryAxis());
        setId("costChart");
        setLegendSide(Side.BOTTOM);
    }

    void show(CompareCharts charts) {
        String currency = charts.currency();
        setTitle(Messages.get("compare.chart.cost.title", currency));
        getXAxis().setLabel(Messages.get("compare.chart.cost.axis", currency));
        // Best at the top: a vertical category axis lists its first category at the bottom.
        List<CompareCharts.CostBar> bars = new ArrayList<>(charts.cost());
        Collections.reverse(bars);
        double end = ChartMarks.end(bars, b -> !b.reference(), b -> b.total().doubleValue(), 0);
        List<String> categories = new ArrayList<>();
        for (CompareCharts.CostBar bar : bars) {
            categories.add(bar.reference() && bar.total().doubleValue() > end
                    ? Messages.get("compare.chart.offScale", bar.label(), money(bar.total(), currency)) : bar.label());
        }
        getData().clear();
        ((CategoryAxis) getYAxis()).getCategories().setAll(categories);
        ChartMarks.setRange((NumberAxis) getXAxis(), end);
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (String part : PARTS) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(Messages.get("compare.chart.cost." + part));
            for (int j = 0; j < bars.size(); j++) {
                s.getData().add(new XYChart.Data<>(part(bars.get(j), part), categories.get(j)));
            }
            series.add(s);
        }
        getData().setAll(series);
        for (int i = 0; i < PARTS.size(); i++) {
            List<XYChart.Data<Number, String>> data = series.get(i).getData();
            for (int j = 0; j < data.size(); j++) {
                CompareCharts.CostBar bar = bars.get(j);
                ChartMarks.decorate(data.get(j).getNode(), bar.reference(), Messages.get("compare.tip.cost",
                        bar.title(), series.get(i).getName(), money(part(bar, PARTS.get(i)), currency),
                        money(bar.total(), currency)));
            }
        }
        setAccessibleText(charts.costText());
    }

    private static BigDecimal part(CompareCharts.CostBar bar, String part) {
        return switch (part) {
            case "tuition" -> bar.tuition();
            case "exam" -> bar.exam();
            case "materials" -> bar.materials();
            default -> bar.renewals();
        };
    }

    private static String money(BigDecimal amount, String currency) {
        return Formats.money(new Money(amount, currency));
    }
}
