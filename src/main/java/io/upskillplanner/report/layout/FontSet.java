package io.upskillplanner.report.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A document's fonts with fallback per character: each character is set in DejaVu Sans when it
 * has the glyph, else in the CJK fallback, else shown as "?". Fonts are embedded as subsets, and
 * the fallback only enters the document when some text needs it.
 */
public final class FontSet {

    /** A stretch of text that one font sets. */
    public record Run(PDType0Font font, String text) {
    }

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    private Face fallback;

    public FontSet(PDDocument doc) {
        this.doc = doc;
        this.regular = new Face(FontFiles.regular());
        this.bold = new Face(FontFiles.bold());
    }

    public List<Run> runs(String text, boolean isBold) {
        List<Run> runs = new ArrayList<>(1);
        Face current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = clean(text.codePointAt(i));
            i += Character.charCount(text.codePointAt(i));
            Face face = faceFor(cp, isBold);
            if (face == null) {
                face = isBold ? bold : regular;
                cp = '?';
            }
            if (face != current && pending.length() > 0) {
                runs.add(new Run(current.pdFont(doc), pending.toString()));
                pending.setLength(0);
            }
            current = face;
            pending.appendCodePoint(cp);
        }
        if (pending.length() > 0) {
            runs.add(new Run(current.pdFont(doc), pending.toString()));
        }
        return runs;
    }

    public float width(String text, Style style) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = clean(text.codePointAt(i));
            i += Character.charCount(text.codePointAt(i));
            Face face = faceFor(cp, style.bold());
            if (face == null) {
                face = style.bold() ? bold : regular;
                cp = '?';
            }
            units += face.advance(cp);
        }
        return units * style.size();
    }

    private Face faceFor(int cp, boolean isBold) {
        Face primary = isBold ? bold : regular;
        if (primary.has(cp)) {
            return primary;
        }
        if (fallback == null) {
            fallback = new Face(FontFiles.fallback());
        }
        return fallback.has(cp) ? fallback : null;
    }

    /** Tabs, line breaks and other controls would have no glyph; they read as a space. */
    private static int clean(int cp) {
        return Character.isISOControl(cp) ? ' ' : cp;
    }

    private static final class Face {
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        private final float perUnit;
        private PDType0Font pdFont;

        Face(TrueTypeFont ttf) {
            this.ttf = ttf;
            try {
                this.cmap = ttf.getUnicodeCmapLookup();
                this.perUnit = 1f / ttf.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }

        /** Advance width per point of font size. */
        public float advance(int cp) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * perUnit;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PDType0Font pdFont(PDDocument doc) {
            if (pdFont == null) {
                try {
                    pdFont = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return pdFont;
        }
    }
}
