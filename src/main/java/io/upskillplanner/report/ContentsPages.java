package io.upskillplanner.report;

import java.io.IOException;
import java.util.List;

import io.upskillplanner.report.layout.Canvas;
import io.upskillplanner.report.layout.FontSet;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.TocEntry;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The contents, bookmarks and page numbers: drawn once every other page is laid out, since only then are page numbers known. */
final class ContentsPages extends SectionWriter {

    private static final float TOC_LINE = 17;

    ContentsPages(SectionWriter report) {
        super(report);
    }

    /** The contents are drawn last, onto pages kept free for them, because only then are page numbers known. */
    int tocPageCount(PageFlow flow) {
        int entries = 0;
        if (options.has(ReportSection.SUMMARY)) {
            entries++;
        }
        int perGoal = 1;
        for (ReportSection s : List.of(ReportSection.CANDIDATES, ReportSection.SCORE_BREAKDOWN, ReportSection.CHARTS,
                ReportSection.SCHEDULE, ReportSection.SKILL_GAP, ReportSection.RECOMMENDATION,
                ReportSection.RETURN_ON_INVESTMENT, ReportSection.GOAL_NOTES)) {
            perGoal += options.has(s) ? 1 : 0;
        }
        entries += perGoal * content.goals().size();
        entries += hasSessionNotes() ? 1 : 0;
        for (ReportSection s : List.of(ReportSection.SOURCES, ReportSection.ABOUT_MICRO_CREDENTIALS)) {
            entries += options.has(s) ? 1 : 0;
        }
        float firstPage = flow.top() - flow.bottom() - 40;
        float otherPages = flow.top() - flow.bottom();
        int firstLines = (int) (firstPage / TOC_LINE);
        if (entries <= firstLines) {
            return 1;
        }
        return 1 + (int) Math.ceil((entries - firstLines) / (double) (int) (otherPages / TOC_LINE));
    }

    void contents(PageFlow flow, List<PDPage> pages) throws IOException {
        PDDocument doc = flow.document();
        int pageIndex = 0;
        PDPageContentStream stream = append(doc, pages.get(0));
        Canvas canvas = new Canvas(stream, flow.fonts());
        float y = flow.top() - Style.H1.size();
        canvas.text(text.get("toc.title"), flow.left(), y, Style.H1);
        canvas.line(flow.left(), y - 8, flow.right(), y - 8, Rgb.ACCENT, 1.2f);
        y -= 40 - TOC_LINE;
        for (TocEntry entry : flow.headings()) {
            if (y - TOC_LINE < flow.bottom()) {
                stream.close();
                stream = append(doc, pages.get(++pageIndex));
                canvas = new Canvas(stream, flow.fonts());
                y = flow.top();
            }
            y -= TOC_LINE;
            Style style = entry.level() == 0 ? Style.BODY_BOLD : Style.BODY;
            float x = flow.left() + (entry.level() == 0 ? 0 : 16);
            String number = Integer.toString(entry.pageNumber());
            float numberWidth = canvas.width(number, style);
            String title = flow.fit(entry.title(), style, flow.right() - x - numberWidth - 30);
            canvas.text(title, x, y, style);
            canvas.textRight(number, flow.right(), y, style);
            float dotsFrom = x + canvas.width(title, style) + 6;
            float dotsTo = flow.right() - numberWidth - 6;
            for (float d = dotsFrom; d < dotsTo; d += 4) {
                canvas.dot(d, y + 2, 0.45f, Rgb.FAINT);
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, y - 4, flow.right() - x, TOC_LINE));
            link.setDestination(destination(entry));
            link.setPrinted(true);
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            pages.get(pageIndex).getAnnotations().add(link);
        }
        stream.close();
    }

    static void bookmarks(PDDocument doc, List<TocEntry> headings) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem parent = null;
        for (TocEntry entry : headings) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.title());
            item.setDestination(destination(entry));
            if (entry.level() == 0 || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        for (PDOutlineItem item : outline.children()) {
            item.openNode();
        }
        outline.openNode();
    }

    static PDPageXYZDestination destination(TocEntry entry) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(entry.page());
        destination.setLeft(0);
        destination.setTop(Math.round(entry.top() + 24));
        return destination;
    }

    void pageNumbers(PDDocument doc, FontSet fonts) throws IOException {
        int total = doc.getNumberOfPages();
        String left = text.get("footer.left", formats.date(options.today()));
        for (int i = 1; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream stream = append(doc, page)) {
                Canvas canvas = new Canvas(stream, fonts);
                float y = PageFlow.MARGIN - 8;
                float right = page.getMediaBox().getWidth() - PageFlow.MARGIN;
                canvas.line(PageFlow.MARGIN, y + 12, right, y + 12, Rgb.RULE, 0.5f);
                canvas.text(left, PageFlow.MARGIN, y, Style.TINY_MUTED);
                canvas.textRight(text.get("footer.page", i + 1, total), right, y, Style.TINY_MUTED);
            }
        }
    }

    static PDPageContentStream append(PDDocument doc, PDPage page) throws IOException {
        return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }
}
