package io.upskillplanner.report.layout;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Drawing on one page: text through the font set, and the vector shapes of tables and charts. */
public final class Canvas {

    private final PDPageContentStream stream;
    private final FontSet fonts;

    public Canvas(PDPageContentStream stream, FontSet fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    public FontSet fonts() {
        return fonts;
    }

    public float width(String text, Style style) {
        return fonts.width(text, style);
    }

    /** Text with its baseline at y. */
    public void text(String text, float x, float y, Style style) {
        if (text.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setNonStrokingColor(style.color().red(), style.color().green(), style.color().blue());
            stream.newLineAtOffset(x, y);
            for (FontSet.Run run : fonts.runs(text, style.bold())) {
                stream.setFont(run.font(), style.size());
                stream.showText(run.text());
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void textRight(String text, float right, float y, Style style) {
        text(text, right - width(text, style), y, style);
    }

    public void textCentered(String text, float center, float y, Style style) {
        text(text, center - width(text, style) / 2, y, style);
    }

    public void fill(float x, float y, float w, float h, Rgb color) {
        try {
            stream.setNonStrokingColor(color.red(), color.green(), color.blue());
            stream.addRect(x, y, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void outline(float x, float y, float w, float h, Rgb color, float lineWidth) {
        try {
            stroke(color, lineWidth);
            stream.addRect(x, y, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(float x1, float y1, float x2, float y2, Rgb color, float lineWidth) {
        try {
            stroke(color, lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void dashedLine(float x1, float y1, float x2, float y2, Rgb color, float lineWidth) {
        try {
            stream.setLineDashPattern(new float[] {3, 2}, 0);
            line(x1, y1, x2, y2, color, lineWidth);
            stream.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled circle, for legends and check marks that need no glyph. */
    public void dot(float cx, float cy, float r, Rgb color) {
        final float k = 0.5523f * r;
        try {
            stream.setNonStrokingColor(color.red(), color.green(), color.blue());
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stroke(Rgb color, float lineWidth) throws IOException {
        stream.setStrokingColor(color.red(), color.green(), color.blue());
        stream.setLineWidth(lineWidth);
    }
}
