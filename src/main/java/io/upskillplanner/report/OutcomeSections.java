package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.ReturnOnInvestment;
import io.upskillplanner.domain.decide.SkillCoverage;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;


/** What a goal's plan leads to: the skill gap it closes, its return, and the notes on it. */
final class OutcomeSections extends SectionWriter {

    OutcomeSections(SectionWriter report) {
        super(report);
    }

    void skillGap(PageFlow flow, PlanEvaluation evaluation) {
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

    void returnOnInvestment(PageFlow flow, ReturnOnInvestment roi) {
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

    void notes(PageFlow flow, Goal goal, List<CandidateEvaluation> ranked) {
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
}
