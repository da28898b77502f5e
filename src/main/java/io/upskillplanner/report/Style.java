package io.upskillplanner.report;

/** How a piece of text is set: weight, size in points and colour. */
record Style(boolean bold, float size, Rgb color) {

    static final Style BODY = new Style(false, 9.5f, Rgb.TEXT);
    static final Style BODY_BOLD = new Style(true, 9.5f, Rgb.TEXT);
    static final Style SMALL = new Style(false, 8f, Rgb.TEXT);
    static final Style SMALL_BOLD = new Style(true, 8f, Rgb.TEXT);
    static final Style SMALL_MUTED = new Style(false, 7.5f, Rgb.MUTED);
    static final Style TINY_MUTED = new Style(false, 7f, Rgb.MUTED);
    static final Style H1 = new Style(true, 18f, Rgb.BLACK);
    static final Style H2 = new Style(true, 12.5f, Rgb.BLACK);
    static final Style H3 = new Style(true, 10.5f, Rgb.BLACK);

    Style withColor(Rgb other) {
        return new Style(bold, size, other);
    }

    Style withSize(float other) {
        return new Style(bold, other, color);
    }

    Style asBold() {
        return new Style(true, size, color);
    }

    /** Baseline-to-baseline distance. */
    float leading() {
        return size * 1.3f;
    }
}
