package io.upskillplanner.report.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays content out top to bottom over as many pages as it needs: a cursor {@code y}, a new page
 * when the next block does not fit, a running header, and the headings the contents list.
 */
public final class PageFlow {

    public static final float MARGIN = 50;
    private static final float HEADER_SPACE = 34;

    private final PDDocument doc;
    private final FontSet fonts;
    private final PDRectangle box;
    private final String headerLeft;
    private final String headerRight;
    private final List<TocEntry> headings = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;

    public PageFlow(PDDocument doc, FontSet fonts, PDRectangle paper, String headerLeft, String headerRight) {
        this.doc = doc;
        this.fonts = fonts;
        this.box = paper;
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
    }

    public PDDocument document() {
        return doc;
    }

    public FontSet fonts() {
        return fonts;
    }

    public Canvas canvas() {
        return canvas;
    }

    public float left() {
        return MARGIN;
    }

    public float right() {
        return box.getWidth() - MARGIN;
    }

    public float width() {
        return right() - left();
    }

    public float top() {
        return box.getHeight() - MARGIN - HEADER_SPACE;
    }

    public float bottom() {
        return MARGIN + 16;
    }

    public float pageHeight() {
        return box.getHeight();
    }

    public float y() {
        return y;
    }

    public void moveDown(float amount) {
        y -= amount;
    }

    public List<TocEntry> headings() {
        return headings;
    }

    /** A page with the running header; {@code bare} leaves the header off (the cover). */
    public PDPage newPage(boolean bare) {
        closeStream();
        page = new PDPage(box);
        doc.addPage(page);
        try {
            stream = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas = new Canvas(stream, fonts);
        y = bare ? box.getHeight() - MARGIN : top();
        if (!bare) {
            float headerY = box.getHeight() - MARGIN - 8;
            Style style = Style.TINY_MUTED;
            float rightWidth = canvas.width(headerRight, style);
            canvas.text(fit(headerLeft, style, width() - rightWidth - 12), left(), headerY, style);
            canvas.textRight(headerRight, right(), headerY, style);
            canvas.line(left(), headerY - 5, right(), headerY - 5, Rgb.RULE, 0.5f);
        }
        return page;
    }

    public PDPage newPage() {
        return newPage(false);
    }

    public PDPage page() {
        return page;
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    public void ensure(float height) {
        if (y - height < bottom()) {
            newPage();
        }
    }

    public boolean fits(float height) {
        return y - height >= bottom();
    }

    /** A heading listed in the contents and the bookmarks. */
    public void heading(String title, int level) {
        heading(title, level, level == 0 ? 60 : 130);
    }

    /** A heading that starts a new page unless {@code keepWithNext} points of what follows fit below it. */
    public void heading(String title, int level, float keepWithNext) {
        Style style = level == 0 ? Style.H1 : Style.H2;
        float space = level == 0 ? 0 : 10;
        List<String> lines = wrap(title, style, width());
        ensure(space + lines.size() * style.leading() + keepWithNext);
        y -= space;
        headings.add(new TocEntry(title, level, page, doc.getNumberOfPages(), y + 4));
        for (String line : lines) {
            y -= style.size();
            canvas.text(line, left(), y, style);
            y -= style.leading() - style.size();
        }
        if (level == 0) {
            canvas.line(left(), y - 2, right(), y - 2, Rgb.ACCENT, 1.2f);
            y -= 10;
        } else {
            y -= 4;
        }
    }

    /** A small heading inside a section, not listed in the contents. */
    public void subheading(String title) {
        Style style = Style.H3;
        ensure(style.leading() + 40);
        y -= 6 + style.size();
        canvas.text(fit(title, style, width()), left(), y, style);
        y -= 6;
    }

    public void paragraph(String text, Style style) {
        paragraph(text, style, left(), width());
    }

    public void paragraph(String text, Style style, float x, float maxWidth) {
        List<String> lines = wrap(text, style, maxWidth);
        // Short paragraphs stay whole rather than leave a line alone on the next page.
        if (lines.size() <= 4) {
            ensure(lines.size() * style.leading());
        }
        for (String line : lines) {
            ensure(style.leading());
            y -= style.size();
            canvas.text(line, x, y, style);
            y -= style.leading() - style.size();
        }
        y -= style.size() * 0.45f;
    }

    /** A list item with a bullet dot, wrapped under its own indent. */
    public void bullet(String text, Style style, Rgb dotColor) {
        float indent = 12;
        List<String> lines = wrap(text, style, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(style.leading());
            y -= style.size();
            if (i == 0) {
                canvas.dot(left() + 3, y + style.size() * 0.33f, 2f, dotColor);
            }
            canvas.text(lines.get(i), left() + indent, y, style);
            y -= style.leading() - style.size();
        }
        y -= 2;
    }

    /** Label and value pairs in two columns, for facts such as a goal's deadline and budget. */
    public void facts(List<String[]> rows, float labelWidth) {
        Style label = Style.SMALL.withColor(Rgb.MUTED);
        Style value = Style.BODY;
        for (String[] row : rows) {
            List<String> lines = wrap(row[1], value, width() - labelWidth);
            ensure(lines.size() * value.leading());
            y -= value.size();
            canvas.text(row[0], left(), y, label);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= value.leading();
                }
                canvas.text(lines.get(i), left() + labelWidth, y, value);
            }
            y -= value.leading() - value.size() + 1;
        }
        y -= 4;
    }

    /** Breaks text into lines no wider than {@code maxWidth}: at spaces, or inside a word that is too long. */
    public List<String> wrap(String text, Style style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("[ \\t]+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, style) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = fonts.width(word, style) > maxWidth ? breakWord(word, style, maxWidth, lines) : word;
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Cuts a word wider than a line into full lines, added to {@code lines}, and returns the rest.
     * One pass with each character measured once: a 20,000-character word from a file costs as
     * much as 20,000 characters of prose, not their square.
     */
    private String breakWord(String word, Style style, float maxWidth, List<String> lines) {
        int start = 0;
        float used = 0;
        for (int i = 0; i < word.length();) {
            int next = word.offsetByCodePoints(i, 1);
            float width = fonts.width(word.substring(i, next), style);
            if (used + width > maxWidth && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                used = 0;
            }
            used += width;
            i = next;
        }
        return word.substring(start);
    }

    /** The text, shortened with an ellipsis when it is wider than {@code maxWidth}; linear in its length. */
    public String fit(String text, Style style, float maxWidth) {
        if (fonts.width(text, style) <= maxWidth) {
            return text;
        }
        float room = maxWidth - fonts.width("…", style);
        float used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            used += fonts.width(text.substring(end, next), style);
            if (used > room) {
                break;
            }
            end = next;
        }
        return text.substring(0, Math.max(end, Math.min(1, text.length()))).strip() + "…";
    }

    public void close() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
