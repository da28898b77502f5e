package io.upskillplanner.report;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Industries;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.report.chart.IndustryOrder;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;


/** A goal's cost, time and recognition charts. */
final class ChartSection extends SectionWriter {

    private static final int MAX_CHART_ROWS = 25;

    ChartSection(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow, Goal goal, PlanEvaluation evaluation, List<CandidateEvaluation> ranked) {
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

        // The goal's industry leads, as on the Compare screen; the standard ones follow even where no one recognises them.
        List<String> industries = IndustryOrder.of(clean(goal.targetIndustry()), Industries.STANDARD);
        int goalColumn = goal.targetIndustry() == null || goal.targetIndustry().isBlank() ? -1 : 0;
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
}
