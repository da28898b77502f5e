package io.upskillplanner.report.layout;

/** A DeviceRGB colour, 0 to 1 per channel; the report's output intent is sRGB and no colour is transparent. */
public record Rgb(float red, float green, float blue) {

    public static final Rgb BLACK = of(0x1f2328);
    public static final Rgb TEXT = of(0x24292f);
    public static final Rgb MUTED = of(0x57606a);
    public static final Rgb FAINT = of(0x8c959f);
    public static final Rgb RULE = of(0xd0d7de);
    public static final Rgb ROW = of(0xf6f8fa);
    public static final Rgb ACCENT = of(0x0969da);
    public static final Rgb ACCENT_LIGHT = of(0xb6d4f7);
    public static final Rgb GOOD = of(0x1a7f37);
    public static final Rgb GOOD_LIGHT = of(0xdafbe1);
    public static final Rgb BAD = of(0xcf222e);
    public static final Rgb BAD_LIGHT = of(0xffebe9);
    public static final Rgb WARN = of(0x9a6700);
    public static final Rgb WHITE = of(0xffffff);

    public static Rgb of(int rgb) {
        return new Rgb(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    /** Mixes towards white: 0 keeps the colour, 1 gives white. Used for heat-map shades instead of transparency. */
    public Rgb lighter(float amount) {
        return new Rgb(red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount);
    }
}
