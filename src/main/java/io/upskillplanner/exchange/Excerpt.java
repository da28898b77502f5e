package io.upskillplanner.exchange;

/**
 * A short, printable piece of imported text for a message: a hostile file can put megabytes into
 * one value, and a message that quotes it whole floods the terminal and the memory.
 */
public final class Excerpt {

    /** The most characters of input a message quotes. */
    public static final int MAX_CHARS = 40;

    private static final String ELLIPSIS = "...";

    private Excerpt() {
    }

    /** The text cut to {@value #MAX_CHARS} characters, control characters shown as spaces. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        boolean cut = text.length() > MAX_CHARS;
        int end = cut ? MAX_CHARS - ELLIPSIS.length() : text.length();
        // Never split a surrogate pair: half of one is exactly the ill-formed text we refuse.
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder excerpt = new StringBuilder(end + ELLIPSIS.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            excerpt.append(Character.isISOControl(c) || Character.isSurrogate(c) && !pairedAt(text, i) ? ' ' : c);
        }
        return cut ? excerpt.append(ELLIPSIS).toString() : excerpt.toString();
    }

    /** The text in single quotes, cut as {@link #of(String)} does. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    private static boolean pairedAt(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
