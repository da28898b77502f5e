package io.upskillplanner.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output for a terminal: names and notes come from files others wrote, and an ESC in them could
 * move the cursor, rewrite earlier lines or retitle the window. Control characters are shown as
 * {@code \x1B}-style escapes; the data itself keeps them. Line ends and tabs pass.
 */
final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    static PrintWriter of(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(escape(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(escape(text.substring(offset, offset + length)));
    }

    /** The text with each control character, except a line end or tab, as a visible escape. */
    static String escape(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            boolean control = (Character.isISOControl(c) && c != '\t' && !lineEnd)
                    || c == '\u202E' || c == '\u202D' || c == '\u2066' || c == '\u2067' || c == '\u2068';
            if (control && safe == null) {
                safe = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (safe != null) {
                if (control) {
                    safe.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? text : safe.toString();
    }
}
