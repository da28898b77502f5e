package io.upskillplanner.ui.contrast;

import javafx.scene.paint.Color;

/**
 * WCAG 2.x contrast arithmetic: relative luminance, contrast ratio, and the thresholds of success
 * criteria 1.4.3 (text) and 1.4.11 (non-text graphics). Pure functions over {@link Color}, which
 * needs no running toolkit.
 */
final class WcagContrast {

    /** 1.4.3 AA, normal text. */
    static final double NORMAL_TEXT = 4.5;
    /** 1.4.3 AA, large text; 1.4.11, graphics such as chart series and icons. */
    static final double LARGE_TEXT_OR_GRAPHIC = 3.0;
    /** 18 pt in CSS pixels (WCAG counts 1 pt as 4/3 px). */
    private static final double LARGE_PX = 24.0;
    /** 14 pt bold in CSS pixels. */
    private static final double LARGE_BOLD_PX = 18.66;

    private WcagContrast() {
    }

    /** Relative luminance of the colour's RGB (alpha ignored: composite first). */
    static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    /** The sRGB transfer function undone; WCAG 2.x names 0.03928 as the knee. */
    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** From 1 (same luminance) to 21 (black on white); symmetric in its arguments. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} painted over an opaque {@code bottom} ("source over"): what the eye sees. */
    static Color over(Color top, Color bottom) {
        double alpha = top.getOpacity();
        return mix(bottom, top, alpha, bottom.getOpacity() + alpha * (1 - bottom.getOpacity()));
    }

    /** A group drawn at {@code opacity} over what was below it: a straight blend of the two results. */
    static Color fade(Color below, Color drawn, double opacity) {
        double o = Math.max(0, Math.min(1, opacity));
        return mix(below, drawn, o, below.getOpacity() * (1 - o) + drawn.getOpacity() * o);
    }

    private static Color mix(Color from, Color to, double amount, double opacity) {
        return new Color(clamp(from.getRed() + (to.getRed() - from.getRed()) * amount),
                clamp(from.getGreen() + (to.getGreen() - from.getGreen()) * amount),
                clamp(from.getBlue() + (to.getBlue() - from.getBlue()) * amount), clamp(opacity));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** WCAG's "large scale" text: at least 18 pt, or 14 pt bold. */
    static boolean isLargeText(double sizePx, boolean bold) {
        return sizePx >= LARGE_PX || bold && sizePx >= LARGE_BOLD_PX;
    }

    static double requiredForText(double sizePx, boolean bold) {
        return isLargeText(sizePx, bold) ? LARGE_TEXT_OR_GRAPHIC : NORMAL_TEXT;
    }

    /** {@code #rrggbb}, with the alpha appended when it is not opaque. */
    static String hex(Color color) {
        String rgb = String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
        return color.getOpacity() >= 1 ? rgb : rgb + String.format("%02x", Math.round(color.getOpacity() * 255));
    }
}
