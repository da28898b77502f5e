package io.upskillplanner.ui.compare;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import io.upskillplanner.report.chart.AxisScale;

/** What the three Compare charts do alike: their value axis from the shared scale, and a bar's tip and reference mark. */
final class ChartMarks {

    /** Room past the longest bar, so that it does not touch the plot's edge. */
    private static final double HEADROOM = 1.08;
    private static final int MAX_TICKS = 6;

    private ChartMarks() {
    }

    /** The axis end for these bars: the counted ones (and {@code floor}) set it, a far-off reference does not. */
    static <T> double end(List<T> bars, Predicate<T> counts, ToDoubleFunction<T> value, double floor) {
        return AxisScale.end(bars.stream().filter(counts).map(value::applyAsDouble).toList(),
                bars.stream().filter(counts.negate()).map(value::applyAsDouble).toList(), floor);
    }

    static void setRange(NumberAxis axis, double end) {
        AxisScale scale = AxisScale.of(end * HEADROOM, MAX_TICKS);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(scale.step());
        axis.setUpperBound(scale.upper());
    }

    static void decorate(Node node, boolean reference, String tip) {
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
}
