package io.upskillplanner.ui.failure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.upskillplanner.Version;
import io.upskillplanner.ui.common.Messages;

/**
 * What the user is told about a failure nobody caught: what failed, that the data is safe, where
 * the log is, and the details to copy into a bug report. Plain text, so it is tested without a toolkit.
 */
public record FailureReport(String threadName, Throwable failure, Path logFile) {

    /** The one line that says what failed: the deepest cause's type and message. */
    public String whatFailed() {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String type = root.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + shorten(message);
    }

    public String title() {
        return Messages.get("failure.title");
    }

    public String header() {
        return Messages.get("failure.header");
    }

    /** The text of the dialog, in the user's language. */
    public String explanation() {
        return Messages.get("failure.explanation", whatFailed(), logFile);
    }

    /** What Copy details puts on the clipboard: version, thread, log place and the full stack trace. */
    public String details() {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return Version.full() + System.lineSeparator()
                + "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                + System.lineSeparator()
                + "Thread: " + threadName + System.lineSeparator()
                + "Log: " + logFile + System.lineSeparator()
                + System.lineSeparator()
                + trace;
    }

    private static String shorten(String message) {
        String oneLine = message.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
    }
}
