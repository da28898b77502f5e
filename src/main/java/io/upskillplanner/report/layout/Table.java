package io.upskillplanner.report.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that wraps its cells and continues over pages, repeating its header row. Rows are
 * shaded alternately so that long rows stay readable.
 */
public final class Table {

    public enum Align { LEFT, RIGHT }

    public record Column(String header, float share, Align align) {
        public static Column left(String header, float share) {
            return new Column(header, share, Align.LEFT);
        }

        public static Column right(String header, float share) {
            return new Column(header, share, Align.RIGHT);
        }
    }

    /** A cell's main text and an optional second, muted text below it. */
    public record Cell(String text, Style style, String note) {
        public static Cell of(String text) {
            return new Cell(text, null, null);
        }

        public static Cell of(String text, Style style) {
            return new Cell(text, style, null);
        }

        public static Cell withNote(String text, Style style, String note) {
            return new Cell(text, style, note);
        }
    }

    private static final float PAD_X = 3;
    private static final float PAD_Y = 3;

    private final PageFlow flow;
    private final List<Column> columns;
    private final float[] widths;
    private final Style body;
    private final Style header;
    private final Style noteStyle;
    private int rowCount;

    /** Column shares are relative widths; the table spans the page's text width. */
    public Table(PageFlow flow, List<Column> columns, Style body) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.body = body;
        this.header = new Style(true, body.size(), Rgb.MUTED);
        this.noteStyle = new Style(false, body.size() - 1f, Rgb.MUTED);
        float total = 0;
        for (Column c : columns) {
            total += c.share();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).share() / total;
        }
        drawHeader();
    }

    public void row(List<Cell> cells) {
        List<List<String>> texts = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
            Style style = cell.style() == null ? body : cell.style();
            List<String> lines = flow.wrap(cell.text(), style, widths[i] - 2 * PAD_X);
            List<String> noteLines = cell.note() == null || cell.note().isBlank() ? List.of()
                    : flow.wrap(cell.note(), noteStyle, widths[i] - 2 * PAD_X);
            texts.add(lines);
            notes.add(noteLines);
            height = Math.max(height, lines.size() * style.leading() + noteLines.size() * noteStyle.leading());
        }
        height += 2 * PAD_Y;
        if (!flow.fits(height)) {
            flow.newPage();
            drawHeader();
        }
        Canvas canvas = flow.canvas();
        float top = flow.y();
        if (rowCount % 2 == 1) {
            canvas.fill(flow.left(), top - height, flow.width(), height, Rgb.ROW);
        }
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < cells.size() ? cells.get(i) : Cell.of("");
            Style style = cell.style() == null ? body : cell.style();
            float lineY = top - PAD_Y;
            for (String line : texts.get(i)) {
                lineY -= style.leading();
                draw(canvas, line, x, widths[i], lineY + (style.leading() - style.size()) * 0.7f, style,
                        columns.get(i).align());
            }
            for (String line : notes.get(i)) {
                lineY -= noteStyle.leading();
                draw(canvas, line, x, widths[i], lineY + (noteStyle.leading() - noteStyle.size()) * 0.7f, noteStyle,
                        columns.get(i).align());
            }
            x += widths[i];
        }
        canvas.line(flow.left(), top - height, flow.right(), top - height, Rgb.RULE, 0.4f);
        flow.moveDown(height);
        rowCount++;
    }

    /** Space after the table. */
    public void end() {
        flow.moveDown(8);
    }

    private void drawHeader() {
        List<List<String>> lines = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            List<String> wrapped = flow.wrap(columns.get(i).header(), header, widths[i] - 2 * PAD_X);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size() * header.leading());
        }
        height += 2 * PAD_Y;
        flow.ensure(height + body.leading() * 2 + 2 * PAD_Y);
        Canvas canvas = flow.canvas();
        float top = flow.y();
        float x = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            float lineY = top - PAD_Y;
            for (String line : lines.get(i)) {
                lineY -= header.leading();
                draw(canvas, line, x, widths[i], lineY + (header.leading() - header.size()) * 0.7f, header,
                        columns.get(i).align());
            }
            x += widths[i];
        }
        canvas.line(flow.left(), top - height, flow.right(), top - height, Rgb.MUTED, 0.8f);
        flow.moveDown(height);
        rowCount = 0;
    }

    private static void draw(Canvas canvas, String text, float x, float width, float baseline, Style style,
                             Align align) {
        if (align == Align.RIGHT) {
            canvas.textRight(text, x + width - PAD_X, baseline, style);
        } else {
            canvas.text(text, x + PAD_X, baseline, style);
        }
    }
}
