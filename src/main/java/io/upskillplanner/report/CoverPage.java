package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.report.layout.Canvas;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The cover: who the plan is for, their goals with a verdict each, who prepared it and when. */
final class CoverPage extends SectionWriter {

    CoverPage(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow) {
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
}
