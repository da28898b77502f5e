package io.upskillplanner.report;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a report is laid out for. */
public enum PaperSize {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle box;

    PaperSize(PDRectangle box) {
        this.box = box;
    }

    PDRectangle box() {
        return box;
    }

    /** "a4" or "letter" in any case, as the command line and settings spell them. */
    public static PaperSize parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (key.equals("US-LETTER") || key.equals("US_LETTER")) {
            return LETTER;
        }
        for (PaperSize size : values()) {
            if (size.name().equals(key)) {
                return size;
            }
        }
        throw new IllegalArgumentException("Unknown paper size '" + text + "'; use a4 or letter");
    }
}
