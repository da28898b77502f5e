package io.upskillplanner.report;

import java.math.BigDecimal;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;


/** A goal's candidates ranked, and how the best ones earned their scores. */
final class CandidateSections extends SectionWriter {

    private static final int TOP_CANDIDATES = 3;

    CandidateSections(SectionWriter report) {
        super(report);
    }

    void candidates(PageFlow flow, Goal goal, List<CandidateEvaluation> ranked) {
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

    void breakdown(PageFlow flow, List<CandidateEvaluation> ranked) {
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
}
