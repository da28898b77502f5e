package io.upskillplanner.report.layout;

/** How a piece of text is set: weight, size in points and colour. */
public record Style(boolean bold, float size, Rgb color) {

    public static final Style BODY = new Style(false, 9.5f, Rgb.TEXT);
    public static final Style BODY_BOLD = new Style(true, 9.5f, Rgb.TEXT);
    public static final Style SMALL = new Style(false, 8f, Rgb.TEXT);
    public static final Style SMALL_BOLD = new Style(true, 8f, Rgb.TEXT);
    public static final Style SMALL_MUTED = new Style(false, 7.5f, Rgb.MUTED);
    public static final Style TINY_MUTED = new Style(false, 7f, Rgb.MUTED);
    public static final Style H1 = new Style(true, 18f, Rgb.BLACK);
    public static final Style H2 = new Style(true, 12.5f, Rgb.BLACK);
    public static final Style H3 = new Style(true, 10.5f, Rgb.BLACK);

    public Style withColor(Rgb other) {
        return new Style(bold, size, other);
    }

    public Style withSize(float other) {
        return new Style(bold, other, color);
    }

    public Style asBold() {
        return new Style(true, size, color);
    }

    /** Baseline-to-baseline distance. */
    public float leading() {
        return size * 1.3f;
    }
}
