package io.upskillplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.Version;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Industries;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.domain.decide.DeadlineMiss;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.domain.decide.ReturnOnInvestment;
import io.upskillplanner.domain.decide.Schedule;
import io.upskillplanner.domain.decide.ScheduleEntry;
import io.upskillplanner.domain.decide.Scheduler;
import io.upskillplanner.domain.decide.SkillCoverage;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays out one report: cover, contents, summary, a chapter per goal, session notes, sources and
 * a note on micro-credentials; then page numbers, bookmarks and the PDF/A-2b metadata.
 */
final class PdfReport {

    private static final int TOP_CANDIDATES = 3;
    private static final int MAX_CHART_ROWS = 25;
    private static final float TOC_LINE = 17;

    private final ReportContent content;
    private final ReportOptions options;
    private final ReportMonitor monitor;
    private final Profile profile;
    private final String currency;
    private final ReportText text;
    private final ReportFormats formats;
    private final Charts charts;

    PdfReport(ReportContent content, ReportOptions options, ReportMonitor monitor) {
        this.content = content;
        this.options = options;
        this.monitor = monitor;
        this.profile = content.profile();
        this.currency = profile.currency();
        this.text = ReportText.of(options.language());
        this.formats = ReportFormats.of(text);
        this.charts = new Charts(text, formats);
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
                PageFlow flow = new PageFlow(doc, new FontSet(doc), PaperSize.A4, "Warm-up", "1 Jan 2000");
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
        PageFlow flow = new PageFlow(doc, fonts, options.paper(), text.get("header.left", name),
                formats.date(options.today()));
        int steps = content.goals().size() + 3;
        int step = 0;

        cover(flow);
        int tocPages = tocPageCount(flow);
        List<PDPage> tocPageList = new ArrayList<>();
        for (int i = 0; i < tocPages; i++) {
            tocPageList.add(flow.newPage());
        }
        monitor.progress(++step / (double) steps);

        if (options.has(ReportSection.SUMMARY)) {
            summary(flow);
        }
        int number = 1;
        for (GoalPlan plan : content.goals()) {
            monitor.checkCancelled();
            goal(flow, plan, number++);
            monitor.progress(++step / (double) steps);
        }
        if (hasSessionNotes()) {
            sessionNotes(flow);
        }
        if (options.has(ReportSection.SOURCES)) {
            sources(flow);
        }
        if (options.has(ReportSection.ABOUT_MICRO_CREDENTIALS)) {
            about(flow);
        }
        flow.close();
        monitor.checkCancelled();

        contents(flow, tocPageList);
        bookmarks(doc, flow.headings());
        pageNumbers(doc, fonts);
        String author = clean(options.author());
        PdfA.apply(doc, text.get("doc.title", name), author,
                text.get("doc.subject", name, content.goals().size(), formats.date(options.today())),
                Version.full(), "Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion(),
                ZonedDateTime.now());
        monitor.progress(++step / (double) steps);
    }

    // ---- cover and contents ----

    private void cover(PageFlow flow) {
        PDPage page = flow.newPage(true);
        Canvas canvas = flow.canvas();
        PDRectangle box = page.getMediaBox();
        canvas.fill(0, box.getHeight() - 14, box.getWidth(), 14, Rgb.ACCENT);
        flow.moveDown(110);
        canvas.text(text.get("cover.kicker"), flow.left(), flow.y(), Style.SMALL_BOLD.withColor(Rgb.ACCENT));
        flow.moveDown(14);
        Style nameStyle = new Style(true, 28, Rgb.BLACK);
        for (String line : flow.wrap(clean(profile.name()), nameStyle, flow.width())) {
            flow.moveDown(nameStyle.size() + 4);
            canvas.text(line, flow.left(), flow.y(), nameStyle);
        }
        flow.moveDown(14);
        String role = join(" · ", profile.currentRole(), formats.industry(profile.currentIndustry()));
        if (!role.isEmpty()) {
            flow.paragraph(text.get("cover.currently", role), new Style(false, 12, Rgb.MUTED));
        }
        flow.moveDown(16);
        canvas.line(flow.left(), flow.y(), flow.left() + 60, flow.y(), Rgb.ACCENT, 2);
        flow.moveDown(18);
        flow.paragraph(text.get("cover.goals"), Style.H3);
        if (content.goals().isEmpty()) {
            flow.paragraph(text.get("cover.noGoals"), Style.BODY);
        }
        for (GoalPlan plan : content.goals()) {
            Goal goal = plan.goal();
            String deadline = goal.deadline() == null ? "" : "  ·  " + text.get("goal.deadline") + " "
                    + formats.date(goal.deadline());
            PlanTotals totals = plan.evaluation().totals();
            boolean planned = !plan.evaluation().schedule().entries().isEmpty();
            String verdict = !planned ? text.get("summary.noneChosen")
                    : totals.feasible() ? text.get("summary.feasible") : text.get("summary.infeasible");
            flow.bullet(clean(goal.title()) + deadline + "  ·  " + verdict, new Style(false, 11, Rgb.TEXT),
                    !planned ? Rgb.WARN : totals.feasible() ? Rgb.GOOD : Rgb.BAD);
        }
        float bottom = flow.bottom() + 40;
        float y = bottom + 120;
        Style meta = new Style(false, 11, Rgb.TEXT);
        String author = clean(options.author());
        canvas.text(author.isEmpty() ? text.get("cover.preparedWith") : text.get("cover.preparedBy", author),
                flow.left(), y, author.isEmpty() ? meta : meta.asBold());
        canvas.text(text.get("cover.date", formats.date(options.today())), flow.left(), y - 16, meta);
        float noteY = y - 44;
        List<String> notes = new ArrayList<>();
        if (profile.sampleData()) {
            notes.add(text.get("cover.sampleData"));
        }
        notes.add(text.get("cover.disclaimer"));
        for (String note : notes) {
            for (String line : flow.wrap(note, Style.SMALL_MUTED, flow.width())) {
                canvas.text(line, flow.left(), noteY, Style.SMALL_MUTED);
                noteY -= Style.SMALL_MUTED.leading();
            }
            noteY -= 4;
        }
    }

    /** The contents are drawn last, onto pages kept free for them, because only then are page numbers known. */
    private int tocPageCount(PageFlow flow) {
        int entries = 0;
        if (options.has(ReportSection.SUMMARY)) {
            entries++;
        }
        int perGoal = 1;
        for (ReportSection s : List.of(ReportSection.CANDIDATES, ReportSection.SCORE_BREAKDOWN, ReportSection.CHARTS,
                ReportSection.SCHEDULE, ReportSection.SKILL_GAP, ReportSection.RETURN_ON_INVESTMENT,
                ReportSection.GOAL_NOTES)) {
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

    private void contents(PageFlow flow, List<PDPage> pages) throws IOException {
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

    private static void bookmarks(PDDocument doc, List<TocEntry> headings) {
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

    private static PDPageXYZDestination destination(TocEntry entry) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(entry.page());
        destination.setLeft(0);
        destination.setTop(Math.round(entry.top() + 24));
        return destination;
    }

    private void pageNumbers(PDDocument doc, FontSet fonts) throws IOException {
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

    private static PDPageContentStream append(PDDocument doc, PDPage page) throws IOException {
        return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }

    // ---- summary ----

    private void summary(PageFlow flow) {
        flow.newPage();
        flow.heading(text.get("summary.title"), 0);
        flow.subheading(text.get("summary.profile") + ": " + clean(profile.name()));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text.get("summary.kind"), text.label(profile.kind())});
        addFact(facts, "summary.role", profile.currentRole());
        addFact(facts, "summary.industry", formats.industry(profile.currentIndustry()));
        facts.add(new String[] {text.get("summary.hours"), formats.number(profile.weeklyHours())});
        facts.add(new String[] {text.get("summary.budget"), formats.money(profile.budget())});
        if (profile.salaryNow() != null) {
            facts.add(new String[] {text.get("summary.salary"),
                    formats.money(new Money(profile.salaryNow(), currency))});
        }
        addFact(facts, "summary.notes", profile.notes());
        flow.facts(facts, 110);

        flow.subheading(text.get("summary.goals"));
        if (content.goals().isEmpty()) {
            flow.paragraph(text.get("summary.noGoals"), Style.BODY);
            return;
        }
        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("summary.col.goal"), 19),
                Table.Column.left(text.get("summary.col.chosen"), 27),
                Table.Column.left(text.get("summary.col.cost"), 17),
                Table.Column.left(text.get("summary.col.finish"), 17),
                Table.Column.left(text.get("summary.col.verdict"), 22)), Style.SMALL);
        for (GoalPlan plan : content.goals()) {
            PlanEvaluation evaluation = plan.evaluation();
            PlanTotals totals = evaluation.totals();
            List<String> chosen = new ArrayList<>();
            for (CandidateEvaluation c : evaluation.candidates()) {
                if (c.candidate().isInPlan()) {
                    chosen.add("• " + clean(c.credential().title()));
                }
            }
            boolean planned = !chosen.isEmpty();
            String cost = text.get("summary.costOf", formats.money(totals.totalCost()),
                    formats.money(totals.budget()));
            String costNote = totals.withinBudget()
                    ? text.get("summary.underBy", formats.money(totals.budget().minus(totals.totalCost())))
                    : text.get("summary.overBy", formats.money(totals.overBudgetBy()));
            String finish = planned ? formats.date(totals.finish()) : "–";
            String finishNote = totals.deadline().map(d -> text.get("summary.deadline", formats.date(d))
                    + (planned ? "; " + earlyOrLate(evaluation) : "")).orElse(text.get("summary.noDeadline"));
            String verdict = totals.feasible() ? text.get("summary.feasible") : text.get("summary.infeasible");
            String why = !planned ? text.get("summary.emptyPlan")
                    : totals.feasible() ? text.get("summary.feasibleWhy") : reasons(evaluation);
            Rgb verdictColor = !planned ? Rgb.WARN : totals.feasible() ? Rgb.GOOD : Rgb.BAD;
            table.row(List.of(
                    Table.Cell.of(clean(plan.goal().title()), Style.SMALL_BOLD),
                    Table.Cell.of(planned ? String.join("\n", chosen) : text.get("summary.noneChosen"),
                            planned ? Style.SMALL : Style.SMALL.withColor(Rgb.MUTED)),
                    Table.Cell.withNote(cost, Style.SMALL.withColor(totals.withinBudget() ? Rgb.TEXT : Rgb.BAD), costNote),
                    Table.Cell.withNote(finish, Style.SMALL.withColor(totals.beforeDeadline() ? Rgb.TEXT : Rgb.BAD),
                            finishNote),
                    Table.Cell.withNote(verdict, Style.SMALL_BOLD.withColor(verdictColor), why)));
        }
        table.end();
        flow.paragraph(text.get("summary.horizon", PlanEvaluator.DEFAULT_HORIZON_MONTHS, currency),
                Style.SMALL_MUTED);
    }

    /** The domain's reasons for an infeasible plan, in the report's number and date formats. */
    private String reasons(PlanEvaluation evaluation) {
        PlanTotals totals = evaluation.totals();
        List<String> reasons = new ArrayList<>();
        if (!totals.withinBudget()) {
            reasons.add(text.get("summary.reason.budget", formats.money(totals.overBudgetBy())));
        }
        if (!totals.beforeDeadline()) {
            reasons.add(text.get("summary.reason.deadline",
                    -evaluation.schedule().daysBeforeDeadline().orElse(0)));
        }
        return reasons.isEmpty() ? String.join(" ", totals.infeasibleBecause().stream().map(formats::text).toList())
                : String.join(" ", reasons);
    }

    private String earlyOrLate(PlanEvaluation evaluation) {
        long days = evaluation.schedule().daysBeforeDeadline().orElse(0);
        return days >= 0 ? text.get("summary.early", days) : text.get("summary.late", -days);
    }

    // ---- one goal ----

    private void goal(PageFlow flow, GoalPlan plan, int number) {
        Goal goal = plan.goal();
        PlanEvaluation evaluation = plan.evaluation();
        flow.newPage();
        flow.heading(text.get("goal.title", number, clean(goal.title())), 0);
        String none = text.get("goal.none");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text.get("goal.targetRole"), orDash(goal.targetRole())});
        facts.add(new String[] {text.get("goal.targetIndustry"), orDash(formats.industry(goal.targetIndustry()))});
        facts.add(new String[] {text.get("goal.deadline"),
                goal.deadline() == null ? none : formats.date(goal.deadline())});
        facts.add(new String[] {text.get("goal.budget"), formats.money(goal.effectiveBudget(profile))});
        facts.add(new String[] {text.get("goal.hours"), formats.number(goal.effectiveWeeklyHours(profile))});
        facts.add(new String[] {text.get("goal.salaryAfter"), goal.expectedSalaryAfter() == null ? none
                : formats.money(new Money(goal.expectedSalaryAfter(), currency))});
        facts.add(new String[] {text.get("goal.schedule"),
                text.get("goal.scheduleMode." + goal.scheduleMode().name())});
        facts.add(new String[] {text.get("goal.status"), text.label(goal.status())
                + "  ·  " + text.get("goal.priority") + " " + goal.priority()});
        flow.facts(facts, 120);

        List<CandidateEvaluation> ranked = evaluation.byRank();
        if (options.has(ReportSection.CANDIDATES)) {
            candidates(flow, goal, ranked);
        }
        if (options.has(ReportSection.SCORE_BREAKDOWN)) {
            breakdown(flow, ranked);
        }
        if (options.has(ReportSection.CHARTS)) {
            charts(flow, goal, evaluation, ranked);
        }
        if (options.has(ReportSection.SCHEDULE)) {
            schedule(flow, goal, evaluation);
        }
        if (options.has(ReportSection.SKILL_GAP)) {
            skillGap(flow, evaluation);
            new EarnedBadgesSection(flow, text, formats).write(plan.earnedBadges());
        }
        if (options.has(ReportSection.RETURN_ON_INVESTMENT)) {
            returnOnInvestment(flow, evaluation.totals().returnOnInvestment());
        }
        if (options.has(ReportSection.GOAL_NOTES)) {
            notes(flow, goal, ranked);
        }
    }

    private void candidates(PageFlow flow, Goal goal, List<CandidateEvaluation> ranked) {
        flow.heading(text.get("candidates.title"), 1);
        if (ranked.isEmpty()) {
            flow.paragraph(text.get("candidates.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        String industry = goal.targetIndustry();
        BigDecimal hours = goal.effectiveWeeklyHours(profile);
        Table table = new Table(flow, List.of(
                Table.Column.right(text.get("candidates.col.rank"), 4),
                Table.Column.left(text.get("candidates.col.credential"), 20),
                Table.Column.left(text.get("candidates.col.provider"), 11),
                Table.Column.right(text.get("candidates.col.cost"), 11),
                Table.Column.right(text.get("candidates.col.effort"), 7),
                Table.Column.right(text.get("candidates.col.weeks"), 8),
                Table.Column.left(text.get("candidates.col.format"), 9),
                Table.Column.left(text.get("candidates.col.accreditation"), 13),
                Table.Column.right(industry == null || industry.isBlank()
                        ? text.get("candidates.col.recognitionAny")
                        : text.get("candidates.col.recognition", clean(formats.industry(industry))), 12),
                Table.Column.right(text.get("candidates.col.score"), 7)), Style.SMALL.withSize(7.5f));
        Style cell = Style.SMALL.withSize(7.5f);
        for (CandidateEvaluation c : ranked) {
            Credential credential = c.credential();
            String costNote = c.cost().renewals() > 0 ? text.get("candidates.renewals", c.cost().renewals()) : null;
            if (!c.cost().total().currency().equals(currency)) {
                String original = text.get("candidates.original", formats.money(c.cost().total()));
                costNote = costNote == null ? original : costNote + ", " + original;
            }
            table.row(List.of(
                    Table.Cell.of(Integer.toString(c.rank()), cell),
                    Table.Cell.withNote(clean(credential.title()), cell.asBold(),
                            text.label(c.candidate().status()) + " · "
                                    + text.label(credential.kind())),
                    Table.Cell.of(orDash(credential.providerName()), cell),
                    Table.Cell.withNote(formats.money(c.totalCost()), cell, costNote),
                    Table.Cell.of(text.get("candidates.hours", credential.effortHours()), cell),
                    Table.Cell.of(Long.toString(weeks(c, hours)), cell),
                    Table.Cell.withNote(text.label(credential.format()), cell,
                            text.label(credential.pacing())),
                    Table.Cell.of(credential.isAccredited() ? clean(credential.quality().accreditationBody())
                            : text.get("candidates.none"), cell),
                    Table.Cell.of(credential.recognitionIn(industry).level() + "/5", cell),
                    Table.Cell.of(formats.score(c.score().points()), cell.asBold())));
        }
        table.end();
        flow.paragraph(text.get("candidates.legend", PlanEvaluator.DEFAULT_HORIZON_MONTHS, currency,
                formats.number(hours)), Style.SMALL_MUTED);
    }

    /** Weeks a candidate takes: as scheduled when it is in the plan, else studied alone at the goal's hours. */
    private static long weeks(CandidateEvaluation c, BigDecimal weeklyHours) {
        return c.scheduleEntry().map(ScheduleEntry::weeks)
                .orElseGet(() -> Scheduler.weeksAlone(c.credential(), weeklyHours));
    }

    private void breakdown(PageFlow flow, List<CandidateEvaluation> ranked) {
        // The heading, its introduction and the first breakdown go together.
        flow.heading(text.get("breakdown.title"), 1, ranked.isEmpty() ? 40
                : 90 + 24f * ranked.get(0).score().breakdown().size());
        if (ranked.isEmpty()) {
            flow.paragraph(text.get("breakdown.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        flow.paragraph(text.get("breakdown.intro"), Style.SMALL_MUTED);
        for (CandidateEvaluation c : ranked.subList(0, Math.min(TOP_CANDIDATES, ranked.size()))) {
            flow.ensure(60 + 24f * c.score().breakdown().size());
            flow.subheading(text.get("breakdown.heading", c.rank(), clean(c.credential().title()),
                    formats.score(c.score().points())));
            Table table = new Table(flow, List.of(
                    Table.Column.left(text.get("breakdown.col.criterion"), 18),
                    Table.Column.right(text.get("breakdown.col.rating"), 8),
                    Table.Column.right(text.get("breakdown.col.weight"), 8),
                    Table.Column.right(text.get("breakdown.col.points"), 8),
                    Table.Column.left(text.get("breakdown.col.why"), 58)), Style.SMALL.withSize(7.5f));
            Style cell = Style.SMALL.withSize(7.5f);
            for (CriterionScore line : c.score().breakdown()) {
                table.row(List.of(
                        Table.Cell.of(text.get("criterion." + line.criterion().name()), cell),
                        Table.Cell.of(formats.number(line.rating(), 1) + "/5", cell),
                        Table.Cell.of(formats.number(line.weight(), 1), cell),
                        Table.Cell.of(formats.score(line.points()), cell.asBold()),
                        Table.Cell.of(clean(formats.text(line.explanation())), cell)));
            }
            table.end();
        }
    }

    private void charts(PageFlow flow, Goal goal, PlanEvaluation evaluation, List<CandidateEvaluation> ranked) {
        flow.heading(text.get("charts.title"), 1,
                ranked.isEmpty() ? 40 : 80 + 15f * Math.min(MAX_CHART_ROWS, ranked.size()));
        if (ranked.isEmpty()) {
            flow.paragraph(text.get("charts.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        List<CandidateEvaluation> shown = ranked.subList(0, Math.min(MAX_CHART_ROWS, ranked.size()));
        if (shown.size() < ranked.size()) {
            flow.paragraph(text.get("chart.more", shown.size(), ranked.size()), Style.SMALL_MUTED);
        }
        BigDecimal hours = goal.effectiveWeeklyHours(profile);

        List<Charts.Bar> costs = new ArrayList<>();
        for (CandidateEvaluation c : shown) {
            costs.add(new Charts.Bar(clean(c.credential().title()), c.totalCost().amount().doubleValue(),
                    formats.money(c.totalCost()), c.candidate().isInPlan()));
        }
        Money budget = evaluation.totals().budget();
        charts.bars(flow, text.get("chart.cost", PlanEvaluator.DEFAULT_HORIZON_MONTHS, currency), costs,
                budget.amount().doubleValue(), text.get("chart.cost.budget", formats.money(budget)),
                v -> formats.money(new Money(BigDecimal.valueOf(v), currency)));

        List<Charts.Bar> times = new ArrayList<>();
        for (CandidateEvaluation c : shown) {
            long w = weeks(c, hours);
            times.add(new Charts.Bar(clean(c.credential().title()), w, Long.toString(w), c.candidate().isInPlan()));
        }
        Double weeksLeft = goal.deadline() == null ? null
                : Math.max(0, ChronoUnit.DAYS.between(options.today(), goal.deadline()) / 7.0);
        charts.bars(flow, text.get("chart.time", formats.number(hours)), times, weeksLeft,
                weeksLeft == null ? "" : text.get("chart.time.deadline", (long) Math.floor(weeksLeft)),
                v -> formats.number(v, 0));

        List<String> industries = new ArrayList<>(Industries.STANDARD);
        int goalColumn = -1;
        if (goal.targetIndustry() != null && !goal.targetIndustry().isBlank()) {
            for (int i = 0; i < industries.size(); i++) {
                if (industries.get(i).equalsIgnoreCase(goal.targetIndustry())) {
                    goalColumn = i;
                }
            }
            if (goalColumn < 0) {
                industries.add(clean(goal.targetIndustry()));
                goalColumn = industries.size() - 1;
            }
        }
        List<String> rows = new ArrayList<>();
        int[][] levels = new int[shown.size()][industries.size()];
        for (int r = 0; r < shown.size(); r++) {
            Credential credential = shown.get(r).credential();
            rows.add(clean(credential.title()));
            for (int i = 0; i < industries.size(); i++) {
                levels[r][i] = credential.recognitionIn(industries.get(i)).level();
            }
        }
        charts.recognition(flow, text.get("chart.recognition"), rows,
                industries.stream().map(formats::industry).toList(), levels, goalColumn);
    }

    private void schedule(PageFlow flow, Goal goal, PlanEvaluation evaluation) {
        flow.heading(text.get("schedule.title"), 1);
        List<ScheduleEntry> entries = evaluation.schedule().entries();
        if (entries.isEmpty()) {
            flow.paragraph(text.get("schedule.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (CandidateEvaluation c : evaluation.candidates()) {
            titles.put(c.candidate().id(), clean(c.credential().title()));
        }
        List<Charts.Span> spans = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            spans.add(new Charts.Span(titles.getOrDefault(entry.candidate().id(), "?"), entry.start(), entry.finish(),
                    entry.isCompleted()));
        }
        charts.timeline(flow, text.get("schedule.timeline"), spans, options.today(), goal.deadline());

        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("schedule.col.credential"), 40),
                Table.Column.left(text.get("schedule.col.start"), 15),
                Table.Column.left(text.get("schedule.col.finish"), 15),
                Table.Column.right(text.get("schedule.col.weeks"), 10),
                Table.Column.right(text.get("schedule.col.hours"), 12)), Style.SMALL);
        for (ScheduleEntry entry : entries) {
            table.row(List.of(
                    Table.Cell.withNote(titles.getOrDefault(entry.candidate().id(), "?"), Style.SMALL,
                            entry.isCompleted() ? text.get("schedule.completed") : null),
                    Table.Cell.of(formats.date(entry.start())),
                    Table.Cell.of(formats.date(entry.finish())),
                    Table.Cell.of(Long.toString(entry.weeks())),
                    Table.Cell.of(formats.number(entry.weeklyHours()))));
        }
        table.end();

        Schedule schedule = evaluation.schedule();
        StringBuilder verdict = new StringBuilder(text.get("schedule.finish", formats.date(schedule.finish())));
        if (schedule.deadline().isEmpty()) {
            verdict.append(' ').append(text.get("schedule.noDeadline"));
        } else {
            long days = schedule.daysBeforeDeadline().orElseThrow();
            verdict.append(' ').append(days >= 0 ? text.get("schedule.meets", days)
                    : text.get("schedule.misses", -days));
        }
        flow.paragraph(verdict.toString(), schedule.meetsDeadline() ? Style.BODY : Style.BODY_BOLD.withColor(Rgb.BAD));
        if (schedule.deadlineMiss().isPresent()) {
            DeadlineMiss miss = schedule.deadlineMiss().get();
            flow.paragraph(text.get("schedule.fix"), Style.BODY_BOLD);
            flow.bullet(text.get("schedule.fix.postpone", miss.weeksToPostpone()), Style.BODY, Rgb.ACCENT);
            flow.bullet(miss.weeklyHoursNeeded().map(h -> text.get("schedule.fix.hours", formats.number(h)))
                    .orElse(text.get("schedule.fix.hoursNone")), Style.BODY, Rgb.ACCENT);
            for (Candidate candidate : miss.droppingAnyOneFits()) {
                flow.bullet(text.get("schedule.fix.drop", titles.getOrDefault(candidate.id(), "?")), Style.BODY,
                        Rgb.ACCENT);
            }
        }
        if (schedule.deadline().isPresent() && schedule.deadline().get().isBefore(options.today())) {
            flow.paragraph(text.get("schedule.passed", formats.date(schedule.deadline().get())),
                    Style.BODY_BOLD.withColor(Rgb.WARN));
        }
        // The scheduler's warnings say in words what the list above shows; they matter only without it.
        if (schedule.deadlineMiss().isEmpty() && !schedule.warnings().isEmpty()) {
            flow.paragraph(text.get("schedule.warnings"), Style.BODY_BOLD.withColor(Rgb.WARN));
            for (Phrase warning : schedule.warnings()) {
                flow.bullet(clean(formats.text(warning)), Style.BODY, Rgb.WARN);
            }
        }
    }

    private void skillGap(PageFlow flow, PlanEvaluation evaluation) {
        flow.heading(text.get("gap.title"), 1);
        List<SkillCoverage> skills = evaluation.skillGap().skills();
        if (skills.isEmpty()) {
            flow.paragraph(text.get("gap.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        flow.paragraph(text.get("gap.covered", Math.round(evaluation.skillGap().coveredShare() * 100)),
                Style.BODY);
        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("gap.col.skill"), 26),
                Table.Column.right(text.get("gap.col.importance"), 12),
                Table.Column.left(text.get("gap.col.coveredBy"), 48),
                Table.Column.left(text.get("gap.col.status"), 14)), Style.SMALL);
        for (SkillCoverage coverage : skills) {
            List<String> by = new ArrayList<>();
            for (Credential credential : coverage.byCredentials()) {
                by.add(clean(credential.title()));
            }
            for (SkillRef earned : coverage.byEarnedSkills()) {
                by.add(text.get("gap.earned", clean(earned.label())));
            }
            boolean covered = coverage.isCovered();
            table.row(List.of(
                    Table.Cell.of(clean(coverage.goalSkill().skill().label())),
                    Table.Cell.of(coverage.goalSkill().importance() + "/5"),
                    Table.Cell.of(by.isEmpty() ? "–" : String.join("\n", by)),
                    Table.Cell.of(covered ? "✓ " + text.get("gap.yes") : "✗ " + text.get("gap.no"),
                            Style.SMALL_BOLD.withColor(covered ? Rgb.GOOD : Rgb.BAD))));
        }
        table.end();
    }

    private void returnOnInvestment(PageFlow flow, ReturnOnInvestment roi) {
        flow.heading(text.get("roi.title"), 1);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text.get("roi.cost", PlanEvaluator.DEFAULT_HORIZON_MONTHS),
                formats.money(roi.totalCost())});
        facts.add(new String[] {text.get("roi.uplift"),
                roi.yearlyUplift().map(formats::money).orElse(text.get("goal.none"))});
        String payback = roi.isAvailable()
                ? text.get("roi.paybackMonths", roi.paybackMonths().getAsLong())
                : text.get("roi.na") + roi.notAvailableBecause().map(why -> " (" + formats.text(why) + ")").orElse("");
        facts.add(new String[] {text.get("roi.payback"), payback});
        flow.facts(facts, 150);
        flow.paragraph(text.get("roi.explain"), Style.SMALL_MUTED);
    }

    private void notes(PageFlow flow, Goal goal, List<CandidateEvaluation> ranked) {
        flow.heading(text.get("notes.title"), 1);
        boolean any = false;
        if (goal.notes() != null && !goal.notes().isBlank()) {
            flow.paragraph(text.get("notes.goal"), Style.BODY_BOLD);
            flow.paragraph(clean(goal.notes()), Style.BODY);
            any = true;
        }
        List<CandidateEvaluation> withNotes = ranked.stream()
                .filter(c -> c.candidate().note() != null && !c.candidate().note().isBlank()).toList();
        if (!withNotes.isEmpty()) {
            flow.paragraph(text.get("notes.candidates"), Style.BODY_BOLD);
            for (CandidateEvaluation c : withNotes) {
                flow.bullet(clean(c.credential().title()) + ": " + clean(c.candidate().note()), Style.BODY, Rgb.ACCENT);
            }
            any = true;
        }
        if (!any) {
            flow.paragraph(text.get("notes.empty"), Style.BODY.withColor(Rgb.MUTED));
        }
    }

    // ---- the closing sections ----

    /** A page that would only say there are no notes is left out, with its line in the contents. */
    private boolean hasSessionNotes() {
        return options.has(ReportSection.SESSION_NOTES) && !content.sessionNotes().isEmpty();
    }

    private void sessionNotes(PageFlow flow) {
        flow.newPage();
        flow.heading(text.get("session.title"), 0);
        for (SessionNote note : content.sessionNotes()) {
            flow.ensure(50);
            flow.paragraph(formats.dateTime(note.createdAt()), Style.SMALL_BOLD.withColor(Rgb.MUTED));
            flow.paragraph(clean(note.text()), Style.BODY);
            flow.moveDown(4);
        }
    }

    private void sources(PageFlow flow) {
        flow.newPage();
        flow.heading(text.get("sources.title"), 0);
        flow.paragraph(text.get("sources.intro", Provenance.STALE_AFTER.toTotalMonths()), Style.SMALL_MUTED);
        Map<UUID, Credential> used = new LinkedHashMap<>();
        for (GoalPlan plan : content.goals()) {
            for (CandidateEvaluation c : plan.evaluation().byRank()) {
                used.putIfAbsent(c.credential().id(), c.credential());
            }
        }
        if (used.isEmpty()) {
            flow.paragraph(text.get("sources.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("sources.col.credential"), 30),
                Table.Column.left(text.get("sources.col.provider"), 17),
                Table.Column.left(text.get("sources.col.source"), 36),
                Table.Column.left(text.get("sources.col.verified"), 17)), Style.SMALL);
        for (Credential credential : used.values()) {
            Provenance provenance = credential.provenance();
            boolean stale = provenance.isStale(options.today());
            String verified = provenance.lastVerified() == null ? text.get("sources.never")
                    : formats.date(provenance.lastVerified());
            String source = provenance.source() == null || provenance.source().isBlank()
                    ? text.get("sources.unknown") : clean(provenance.source());
            if (credential.url() != null && !credential.url().isBlank() && !source.contains(credential.url())) {
                source = source + "\n" + clean(credential.url());
            }
            table.row(List.of(
                    Table.Cell.of(clean(credential.title())),
                    Table.Cell.of(orDash(credential.providerName())),
                    Table.Cell.of(source),
                    stale ? Table.Cell.withNote(verified, Style.SMALL.withColor(Rgb.BAD), "⚠ " + text.get("sources.stale"))
                            : Table.Cell.of(verified)));
        }
        table.end();
    }

    private void about(PageFlow flow) {
        if (flow.fits(260) && options.has(ReportSection.SOURCES)) {
            flow.moveDown(16);
        } else {
            flow.newPage();
        }
        flow.heading(text.get("about.title"), 0);
        for (String paragraph : List.of("about.1", "about.2", "about.3", "about.4")) {
            flow.paragraph(text.get(paragraph), Style.BODY);
            flow.moveDown(2);
        }
    }

    // ---- helpers ----

    private void addFact(List<String[]> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new String[] {text.get(key), clean(value)});
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : clean(value);
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(clean(part));
            }
        }
        return String.join(separator, present);
    }

    /** User text without control characters (other than line breaks), which neither fonts nor XMP take. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp == '\n' || !Character.isISOControl(cp) ? cp : ' '));
        return out.toString().strip();
    }
}
