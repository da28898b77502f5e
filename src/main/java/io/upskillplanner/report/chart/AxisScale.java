package io.upskillplanner.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from zero: a round step (1, 2 or 5 times a power of ten) and the first multiple of
 * it at or above the largest value. The Compare screen's charts and the report's charts both take
 * their ticks from here, so one cost reads on the same ticks in both.
 */
public record AxisScale(double step, double upper) {

    /** A bar this many times the largest counted one runs off the axis instead of setting it. */
    public static final double OFF_SCALE_FACTOR = 2.5;

    /** The scale for values up to {@code max} with at most {@code maxTicks} steps; nothing to show gives 0 to 1. */
    public static AxisScale of(double max, int maxTicks) {
        double range = max > 0 && Double.isFinite(max) ? max : 1;
        double step = niceStep(range, maxTicks);
        return new AxisScale(step, Math.max(step, Math.ceil(range / step - 1e-9) * step));
    }

    /** The smallest round step that divides {@code range} into at most {@code maxTicks} parts. */
    public static double niceStep(double range, int maxTicks) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(range, 1e-9) / maxTicks)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (range / (step * power) <= maxTicks + 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /**
     * Where a value axis should end: at the largest counted value (and {@code floor}, a deadline),
     * so that one reference many times longer or dearer does not squash the rest; that reference
     * then runs off the end with its value in its label. Without counted values, all of them set it.
     */
    public static double end(List<Double> counted, List<Double> others, double floor) {
        double max = floor;
        for (double value : counted) {
            max = Math.max(max, value);
        }
        double all = max;
        for (double value : others) {
            all = Math.max(all, value);
        }
        double chosen = !counted.isEmpty() && all > max * OFF_SCALE_FACTOR ? max : all;
        return chosen <= 0 ? 1 : chosen;
    }

    /** Whether a value lies beyond the axis end (and is drawn cut, with its value named). */
    public boolean offScale(double value) {
        return value > upper + 1e-9;
    }

    /** Where a value lies along the axis, 0 at zero and 1 at its end. */
    public double fraction(double value) {
        return value / upper;
    }

    /** The tick values from 0 to {@link #upper()}. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(upper / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }
}
