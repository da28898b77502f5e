package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.PlanVersus;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;

/**
 * "Your plan and the recommended plan": the figures of the goal's own plan beside the plan the
 * solver recommends from the whole catalogue ({@link PlanVersus}, the rows the Compare screen
 * shows), then the recommended plan's steps with why each is in, and what would make it cover more.
 */
final class RecommendationSection extends SectionWriter {

    RecommendationSection(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow, GoalPlan plan) {
        // The heading, the introduction and the comparison table stay together.
        flow.heading(text.get("recommendation.title"), 1, 170);
        if (plan.recommendation().isEmpty()) {
            flow.paragraph(text.get("recommendation.unavailable"), Style.BODY.withColor(Rgb.MUTED));
            plan.recommendationUnavailable().ifPresent(why -> flow.bullet(clean(formats.text(why)), Style.BODY,
                    Rgb.WARN));
            return;
        }
        Recommendation recommendation = plan.recommendation().get();
        RecommendedPlan best = recommendation.best();
        flow.paragraph(text.get("recommendation.intro", formats.date(recommendation.today())), Style.BODY);
        if (!best.status().proven()) {
            flow.paragraph(best.gapPercent().map(gap -> text.get("recommendation.notProvenGap", gap))
                    .orElse(text.get("recommendation.notProven")), Style.BODY.withColor(Rgb.WARN));
        }
        if (best.steps().isEmpty()) {
            flow.paragraph(text.get("recommendation.nothingFits"), Style.BODY_BOLD);
            toFit(flow, recommendation);
            notes(flow, recommendation);
            return;
        }
        PlanVersus versus = PlanVersus.of(plan.goal(), plan.evaluation(), recommendation);
        if (!versus.ownPlanned()) {
            flow.paragraph(text.get("recommendation.noOwnPlan"), Style.BODY.withColor(Rgb.MUTED));
        }
        flow.moveDown(2);
        comparison(flow, versus);
        steps(flow, best);
        if (!best.missingSkills().isEmpty()) {
            flow.paragraph(text.get("recommendation.missing", clean(String.join(", ", best.missingSkills()))),
                    Style.BODY);
        }
        toFit(flow, recommendation);
        notes(flow, recommendation);
        flow.paragraph(text.get(versus.ownPlanned() ? "recommendation.explain" : "recommendation.explainNoPlan"),
                Style.SMALL_MUTED);
    }

    /** Without a plan of the person's own the table has only the recommendation's column. */
    private void comparison(PageFlow flow, PlanVersus versus) {
        boolean own = versus.ownPlanned();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left(text.get("recommendation.col.figure"), 40));
        if (own) {
            columns.add(Table.Column.left(text.get("recommendation.col.yours"), 30));
        }
        columns.add(Table.Column.left(text.get("recommendation.col.recommended"), 30));
        Table table = new Table(flow, columns, Style.SMALL);
        for (PlanVersus.Row row : versus.rows()) {
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(Table.Cell.of(clean(formats.text(row.label()))));
            if (own) {
                cells.add(cell(row.yours(), row.yoursFit()));
            }
            cells.add(cell(row.recommended(), row.recommendedFit()));
            table.row(cells);
        }
        table.end();
    }

    /** A value, marked from whether it keeps to its limit, never from its text. */
    private Table.Cell cell(Phrase value, PlanVersus.Fit fit) {
        String shown = clean(formats.text(value));
        return switch (fit) {
            case NONE -> Table.Cell.of(shown);
            case FITS -> Table.Cell.of("✓ " + shown, Style.SMALL_BOLD.withColor(Rgb.GOOD));
            case MISSES -> Table.Cell.of("✗ " + shown, Style.SMALL_BOLD.withColor(Rgb.BAD));
        };
    }

    private void steps(PageFlow flow, RecommendedPlan best) {
        flow.ensure(90); // the subheading, the table's header and a first step stay together
        flow.subheading(text.get("recommendation.steps"));
        Table table = new Table(flow, List.of(
                Table.Column.right(text.get("recommendation.col.order"), 4),
                Table.Column.left(text.get("recommendation.col.credential"), 27),
                Table.Column.left(text.get("recommendation.col.period"), 20),
                Table.Column.right(text.get("recommendation.col.cost"), 11),
                Table.Column.left(text.get("recommendation.col.why"), 38)), Style.SMALL);
        for (PlanStep step : best.steps()) {
            String provider = step.credential().providerName();
            table.row(List.of(
                    Table.Cell.of(Integer.toString(step.order())),
                    Table.Cell.withNote(clean(step.credential().title()), Style.SMALL_BOLD,
                            provider == null || provider.isBlank() ? null : clean(provider)),
                    Table.Cell.withNote(text.get("recommendation.period", formats.date(step.start()),
                            formats.date(step.finish())), Style.SMALL,
                            text.get("recommendation.pace", step.weeks(), formats.number(step.weeklyHours()))),
                    Table.Cell.of(formats.money(step.cost())),
                    Table.Cell.of(clean(formats.text(step.why())))));
        }
        table.end();
    }

    private void toFit(PageFlow flow, Recommendation recommendation) {
        if (recommendation.toFit().isEmpty()) {
            return;
        }
        flow.paragraph(text.get("recommendation.toFit"), Style.BODY_BOLD);
        for (Phrase change : recommendation.toFit()) {
            flow.bullet(clean(formats.text(change)), Style.BODY, Rgb.ACCENT);
        }
    }

    private void notes(PageFlow flow, Recommendation recommendation) {
        for (Phrase note : recommendation.notes()) {
            flow.bullet(clean(formats.text(note)), Style.SMALL, Rgb.MUTED);
        }
    }
}
