package io.upskillplanner.ui.contrast;

import javafx.scene.paint.Color;

/**
 * One thing drawn on screen and what it is drawn on: the two colours as the eye gets them (alpha
 * and opacity already composited), their ratio and the ratio WCAG asks of that kind of thing.
 */
record ContrastMeasurement(String theme, String screen, String kind, String node, Color foreground, Color background,
                           double ratio, double required) {

    /** WCAG does not round: 4.49 is below 4.5. */
    boolean passes() {
        return ratio >= required;
    }

    String describe() {
        return String.format("[%s] %s: %s %s — %s on %s = %.2f:1 (needs %.1f)", theme, screen, kind, node,
                WcagContrast.hex(foreground), WcagContrast.hex(background), ratio, required);
    }
}
