package io.upskillplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF report of a profile's plan, for the desktop app and the command line alike. Loading
 * reads the database, so run it where database work runs; rendering needs only the content.
 */
public final class PlanReport {

    private static final Logger LOG = LoggerFactory.getLogger(PlanReport.class);

    /** The setting that keeps the name of who prepares reports (a counselor), for the app and the CLI. */
    public static final String AUTHOR_SETTING = "report.author";

    /** The setting that keeps the paper size last chosen on the Reports screen ("A4" or "LETTER"). */
    public static final String PAPER_SETTING = "report.paper";

    private PlanReport() {
    }

    /**
     * Parses the fonts and loads the PDF classes on a background thread, so that a command-line
     * run does that while it opens the database instead of after (it has two cores to do it on).
     */
    public static void prepareInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                PdfReport.warmUp();
            } catch (IOException | RuntimeException e) {
                // Only a head start: the real render does the same work and reports what fails.
                LOG.debug("Report warm-up failed", e);
            }
        }, "report-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Renders a PDF/A-2b document of the content to the stream. */
    public static void render(ReportContent content, ReportOptions options, OutputStream out, ReportMonitor monitor)
            throws IOException {
        new PdfReport(content, options, monitor).write(out);
    }

    /**
     * Loads, renders and writes the report to a file, atomically: on failure or cancel no file (and
     * no part of one) is left, and an existing file is replaced only by a complete report.
     *
     * @param solver what recommends each goal's plan when the options have {@link ReportSection#RECOMMENDATION}
     */
    public static void export(Store store, PlanSolver solver, UUID profileId, ReportOptions options, Path target,
                              ReportMonitor monitor) throws IOException {
        ReportFiles.requireWritable(target);
        ReportContent content = new ReportLoader(store, solver).load(profileId, options, monitor);
        monitor.checkCancelled();
        ReportFiles.writeAtomically(target, out -> render(content, options, out, monitor));
    }
}
