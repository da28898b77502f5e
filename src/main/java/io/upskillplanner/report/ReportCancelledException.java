package io.upskillplanner.report;

/** The user cancelled a report; nothing was written. */
public final class ReportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportCancelledException() {
        super("The report was cancelled");
    }
}
