package io.upskillplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.Version;
import io.upskillplanner.report.layout.FontFiles;
import io.upskillplanner.report.layout.FontSet;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.PdfA;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Lays out one report: cover, contents, summary, a chapter per goal, session notes, sources and
 * a note on micro-credentials; then page numbers, bookmarks and the PDF/A-2b metadata. Each part
 * is a section writer of its own; all of them draw through {@code report.layout}.
 */
final class PdfReport extends SectionWriter {

    private final ReportMonitor monitor;

    PdfReport(ReportContent content, ReportOptions options, ReportMonitor monitor) {
        super(content, options);
        this.monitor = monitor;
    }

    void write(OutputStream out) throws IOException {
        synchronized (FontFiles.LOCK) {
            try (PDDocument doc = new PDDocument()) {
                build(doc);
                monitor.checkCancelled();
                doc.save(out);
                monitor.progress(1);
            }
        }
    }

    /** A one-page document with every kind of drawing, thrown away: it loads what a real report needs. */
    static void warmUp() throws IOException {
        synchronized (FontFiles.LOCK) {
            try (PDDocument doc = new PDDocument()) {
                PageFlow flow = new PageFlow(doc, new FontSet(doc), PaperSize.A4.box(), "Warm-up", "1 Jan 2000");
                flow.newPage();
                flow.heading("Warm-up", 0);
                flow.paragraph("Zoë Ñúñez-Øberg: €1,500 · 12 weeks", Style.BODY);
                flow.canvas().dot(100, 100, 2, Rgb.ACCENT);
                flow.canvas().dashedLine(100, 100, 200, 100, Rgb.BAD, 1);
                flow.close();
                PdfA.apply(doc, "Warm-up", "", "Warm-up", "Warm-up", "Warm-up", ZonedDateTime.now());
                doc.save(OutputStream.nullOutputStream());
            }
        }
    }

    private void build(PDDocument doc) throws IOException {
        FontSet fonts = new FontSet(doc);
        String name = clean(profile.name());
        PageFlow flow = new PageFlow(doc, fonts, options.paper().box(), text.get("header.left", name),
                formats.date(options.today()));
        int steps = content.goals().size() + 3;
        int step = 0;

        new CoverPage(this).write(flow);
        ContentsPages contents = new ContentsPages(this);
        int tocPages = contents.tocPageCount(flow);
        List<PDPage> tocPageList = new ArrayList<>();
        for (int i = 0; i < tocPages; i++) {
            tocPageList.add(flow.newPage());
        }
        monitor.progress(++step / (double) steps);

        if (options.has(ReportSection.SUMMARY)) {
            new SummarySection(this).write(flow);
        }
        GoalChapter chapter = new GoalChapter(this);
        int number = 1;
        for (GoalPlan plan : content.goals()) {
            monitor.checkCancelled();
            chapter.write(flow, plan, number++);
            monitor.progress(++step / (double) steps);
        }
        ClosingSections closing = new ClosingSections(this);
        if (hasSessionNotes()) {
            closing.sessionNotes(flow);
        }
        if (options.has(ReportSection.SOURCES)) {
            closing.sources(flow);
        }
        if (options.has(ReportSection.ABOUT_MICRO_CREDENTIALS)) {
            closing.about(flow);
        }
        flow.close();
        monitor.checkCancelled();

        contents.contents(flow, tocPageList);
        ContentsPages.bookmarks(doc, flow.headings());
        contents.pageNumbers(doc, fonts);
        String author = clean(options.author());
        PdfA.apply(doc, text.get("doc.title", name), author,
                text.get("doc.subject", name, content.goals().size(), formats.date(options.today())),
                Version.full(), "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion(),
                ZonedDateTime.now());
        monitor.progress(++step / (double) steps);
    }

}
