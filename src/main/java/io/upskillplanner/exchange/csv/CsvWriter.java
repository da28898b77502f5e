package io.upskillplanner.exchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV for spreadsheet apps: UTF-8 with a byte order mark (so Excel reads the
 * accents right), CRLF line ends, fields quoted when they hold a comma, quote or line break. A
 * cell that starts with = + - @, a tab or a carriage return is prefixed with a single quote, so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            out.write(quote(neutralise(cell == null ? "" : cell.toString())));
        }
        out.write("\r\n");
    }

    /** The cell as a spreadsheet should show it: text that a spreadsheet would run as a formula gets a leading quote. */
    public static String neutralise(String cell) {
        if (!cell.isEmpty()) {
            char first = cell.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + cell;
            }
        }
        return cell;
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
