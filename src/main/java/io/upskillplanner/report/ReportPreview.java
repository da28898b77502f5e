package io.upskillplanner.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.store.Store;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The report's pages as pictures, for a preview: the same PDF an export writes, made in memory
 * and drawn page by page. Pages are handed over one at a time so that a caller that converts them
 * (to a screen image) never holds more than one of these pictures at once.
 */
public final class ReportPreview {

    /**
     * 96 dpi: one picture pixel per screen pixel when the page is shown at its printed size on a
     * standard screen, which keeps 10-point text sharp; an A4 page is 794 × 1123 pixels (3.6 MB as ARGB).
     */
    public static final float SCALE = 96f / 72f;

    /** Share of the progress that making the PDF takes; drawing its pages takes the rest. */
    private static final double PDF_SHARE = 0.5;

    /** Receives each page's picture, in order. */
    @FunctionalInterface
    public interface PageSink {
        /**
         * @param index     0-based page number
         * @param pageCount pages in the report
         * @param page      the page drawn on white, RGB
         */
        void accept(int index, int pageCount, BufferedImage page) throws IOException;
    }

    private ReportPreview() {
    }

    /**
     * Loads and renders the report as {@link PlanReport#export} would, then draws its pages.
     * Loading reads the database, so run it where database work runs.
     *
     * @return the number of pages
     * @throws ReportCancelledException when the monitor asks to stop; pages already handed over stay with the sink
     */
    public static int render(Store store, PlanSolver solver, UUID profileId, ReportOptions options, float scale,
                             ReportMonitor monitor, PageSink sink) throws IOException {
        ReportContent content = new ReportLoader(store, solver).load(profileId, options, monitor);
        monitor.checkCancelled();
        return render(content, options, scale, monitor, sink);
    }

    /** Renders the content to a PDF in memory and draws its pages; needs no database. */
    public static int render(ReportContent content, ReportOptions options, float scale, ReportMonitor monitor,
                             PageSink sink) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PlanReport.render(content, options, pdf, scaled(monitor, 0, PDF_SHARE));
        monitor.checkCancelled();
        return rasterize(pdf.toByteArray(), scale, scaled(monitor, PDF_SHARE, 1 - PDF_SHARE), sink);
    }

    /** Draws every page of a PDF at {@code scale} × 72 dpi. */
    public static int rasterize(byte[] pdf, float scale, ReportMonitor monitor, PageSink sink) throws IOException {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be in (0, 4], was " + scale);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int count = doc.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                monitor.checkCancelled();
                sink.accept(i, count, renderer.renderImage(i, scale, ImageType.RGB));
                monitor.progress((i + 1) / (double) count);
            }
            return count;
        }
    }

    /** A monitor that reports {@code from + share × done} to the given one. */
    private static ReportMonitor scaled(ReportMonitor monitor, double from, double share) {
        return new ReportMonitor() {
            @Override
            public void progress(double done) {
                monitor.progress(from + share * done);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
