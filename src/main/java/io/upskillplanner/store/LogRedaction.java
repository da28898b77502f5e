package io.upskillplanner.store;

import java.util.regex.Pattern;

/**
 * What goes into the log of a failure without the personal data in it. Database errors quote
 * the values they choke on (a client's name in a unique-key violation, a session note in a
 * check failure); the log keeps the error's kind, the table, the column and the stack, and
 * masks every quoted value. Ids and places are what the log is for; content is not.
 */
public final class LogRedaction {

    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final int MAX_DEPTH = 20;

    private LogRedaction() {
    }

    /** A copy of the throwable and its causes with the values masked, keeping every class name and stack frame. */
    public static Throwable redacted(Throwable error) {
        return copy(error, 0);
    }

    /** A message with every quoted value masked: H2 quotes the text, UUIDs and dates it reports. */
    public static String mask(String message) {
        if (message == null) {
            return null;
        }
        return QUOTED.matcher(message).replaceAll("'…'");
    }

    private static Throwable copy(Throwable error, int depth) {
        Throwable cause = error.getCause() == null || error.getCause() == error || depth >= MAX_DEPTH ? null
                : copy(error.getCause(), depth + 1);
        Throwable copy = new RedactedError(error.getClass().getName() + ": " + mask(error.getMessage()), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands for the original error in the log; its message names the original's class. */
    private static final class RedactedError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedactedError(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
