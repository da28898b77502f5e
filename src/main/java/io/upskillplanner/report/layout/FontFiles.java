package io.upskillplanner.report.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts shipped in assets/fonts, parsed once per process: DejaVu Sans for Latin, Greek and
 * Cyrillic text, and Droid Sans Fallback for CJK, read only when a text needs it. Parsed fonts
 * are shared by all reports, so rendering holds {@link #LOCK} (fontbox fonts are not thread-safe).
 */
public final class FontFiles {

    public static final Object LOCK = new Object();

    private static TrueTypeFont regular;
    private static TrueTypeFont bold;
    private static TrueTypeFont fallback;

    private FontFiles() {
    }

    public static TrueTypeFont regular() {
        synchronized (LOCK) {
            if (regular == null) {
                regular = parse("DejaVuSans.ttf");
            }
            return regular;
        }
    }

    public static TrueTypeFont bold() {
        synchronized (LOCK) {
            if (bold == null) {
                bold = parse("DejaVuSans-Bold.ttf");
            }
            return bold;
        }
    }

    public static TrueTypeFont fallback() {
        synchronized (LOCK) {
            if (fallback == null) {
                fallback = parse("DroidSansFallbackFull.ttf");
            }
            return fallback;
        }
    }

    private static TrueTypeFont parse(String name) {
        // The fonts ship beside the report (pom: assets/fonts), not beside this layout package.
        String resource = "/io/upskillplanner/report/fonts/" + name;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing beside " + FontFiles.class);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // Widths are measured glyph by glyph from the cmap; substitutions (ligatures) would draw
            // other widths than were measured, and cost a regex pass over every string.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}
