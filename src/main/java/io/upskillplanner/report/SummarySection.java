package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;


/** The summary: the profile's facts and one line per goal with its cost, finish and verdict. */
final class SummarySection extends SectionWriter {

    SummarySection(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow) {
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
    String reasons(PlanEvaluation evaluation) {
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

    String earlyOrLate(PlanEvaluation evaluation) {
        long days = evaluation.schedule().daysBeforeDeadline().orElse(0);
        return days >= 0 ? text.get("summary.early", days) : text.get("summary.late", -days);
    }
}
