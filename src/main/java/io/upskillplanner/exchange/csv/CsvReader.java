package io.upskillplanner.exchange.csv;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

/**
 * Reads RFC 4180 CSV from text: quoted fields may hold commas, doubled quotes and line breaks.
 * Each record remembers the line it starts on, so a bad value is reported at its line and column.
 * A quote left open, or text after a closing quote, is rejected with its place.
 */
public final class CsvReader {

    /** One record: its cells, and the line and column where each cell starts. */
    public record Row(int line, List<String> cells, List<Integer> columns) {

        public ErrorText place(int index) {
            int column = index < columns.size() ? columns.get(index) : 1;
            return ErrorText.of("error.place.line", line, column);
        }
    }

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    public CsvReader(String source, String text) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The next record, or null at the end. An empty line at the very end is not a record. */
    public Row next() {
        if (pos >= text.length()) {
            return null;
        }
        int recordLine = line;
        List<String> cells = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            columns.add(pos - lineStart + 1);
            cell.setLength(0);
            if (pos < text.length() && text.charAt(pos) == '"') {
                int quoteLine = line;
                int quoteColumn = pos - lineStart + 1;
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw new InputRejectedException(source, ErrorText.of("error.place.line", quoteLine, quoteColumn),
                                ErrorText.of("error.csv.unclosedQuote"));
                    }
                    char c = text.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                            cell.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                        lineStart = pos + 1;
                    }
                    cell.append(c);
                    pos++;
                }
                if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n'
                        && text.charAt(pos) != '\r') {
                    throw new InputRejectedException(source, ErrorText.of("error.place.line", line, pos - lineStart + 1),
                            ErrorText.of("error.csv.textAfterQuote"));
                }
            } else {
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        throw new InputRejectedException(source, ErrorText.of("error.place.line", line, pos - lineStart + 1),
                                ErrorText.of("error.csv.quoteInField"));
                    }
                    cell.append(c);
                    pos++;
                }
            }
            cells.add(cell.toString());
            if (pos >= text.length()) {
                return new Row(recordLine, cells, columns);
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
            } else {
                pos++;
            }
            line++;
            lineStart = pos;
            return new Row(recordLine, cells, columns);
        }
    }

    /** The first line, unquoted naively: enough to recognise a header without parsing the file. */
    public static List<String> firstLineNames(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < content.length && end - start < 4096 && content[end] != '\n' && content[end] != '\r') {
            end++;
        }
        String first = new String(content, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String name : first.split(",", -1)) {
            names.add(name.strip().replace("\"", ""));
        }
        return names;
    }
}
