package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.decide.CurrencyConverter;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.report.chart.CostStack;
import io.upskillplanner.report.chart.IndustryOrder;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** Turns the compared rows into what the three charts draw, with a text alternative for each. */
final class ChartDataBuilder {

    private ChartDataBuilder() {
    }

    static CompareCharts build(PlanInputs inputs, List<CompareRow> shown, LocalDate now) {
        String currency = inputs.profile().currency();
        CurrencyConverter converter = new CurrencyConverter(inputs.rates());
        List<CompareCharts.CostBar> cost = new ArrayList<>();
        List<CompareCharts.TimeBar> time = new ArrayList<>();
        List<CompareCharts.RecognitionSeries> recognition = new ArrayList<>();
        Goal goal = inputs.goal();
        String goalIndustry = goal.targetIndustry() == null ? "" : goal.targetIndustry().strip();
        Set<String> industrySet = new LinkedHashSet<>();
        for (CompareRow row : shown) {
            cost.add(costBar(row, converter, currency));
            time.add(new CompareCharts.TimeBar(row.chartLabel(), row.credential().title(), row.reference(),
                    row.planned(), ChronoUnit.DAYS.between(now, row.start()) / 7.0, row.calendarWeeks(), row.start(),
                    row.finish(), row.credential().effortHours()));
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (Recognition r : row.credential().recognition()) {
                levels.put(r.industry(), r.level());
                if (r.level() > 0) {
                    industrySet.add(r.industry());
                }
            }
            recognition.add(new CompareCharts.RecognitionSeries(row.chartLabel(), row.credential().title(),
                    row.reference(), levels));
        }
        List<String> industries = IndustryOrder.of(goalIndustry, industrySet);
        List<CompareCharts.RecognitionSeries> complete = recognition.stream()
                .map(s -> {
                    Map<String, Integer> all = new LinkedHashMap<>();
                    industries.forEach(i -> all.put(i, IndustryOrder.levelIn(s.levels(), i)));
                    return new CompareCharts.RecognitionSeries(s.label(), s.title(), s.reference(), all);
                }).toList();
        Optional<LocalDate> deadline = Optional.ofNullable(goal.deadline());
        Optional<Double> deadlineWeek = deadline.map(d -> ChronoUnit.DAYS.between(now, d) / 7.0);
        return new CompareCharts(currency, cost, time, deadlineWeek, deadline, goalIndustry, industries, complete,
                costSummary(cost, currency), timeSummary(time, deadline), recognitionSummary(complete, industries,
                goalIndustry));
    }

    private static CompareCharts.CostBar costBar(CompareRow row, CurrencyConverter converter, String currency) {
        CostStack stack = CostStack.of(row.evaluation(), converter, currency);
        return new CompareCharts.CostBar(row.chartLabel(), row.credential().title(), row.reference(), stack.tuition(),
                stack.exam(), stack.materials(), stack.renewals(), stack.total());
    }

    private static String costSummary(List<CompareCharts.CostBar> bars, String currency) {
        List<String> parts = bars.stream().map(b -> Messages.get("compare.chart.cost.item", b.title(),
                money(b.total(), currency), money(b.tuition(), currency), money(b.exam(), currency),
                money(b.materials(), currency), money(b.renewals(), currency))).toList();
        return Messages.get("compare.chart.cost.text", currency, String.join("; ", parts));
    }

    private static String timeSummary(List<CompareCharts.TimeBar> bars, Optional<LocalDate> deadline) {
        List<String> parts = bars.stream().map(b -> Messages.get("compare.chart.time.item", b.title(),
                Formats.date(b.start()), Formats.date(b.finish()), b.weeks(), b.effortHours())).toList();
        String deadlineText = deadline.map(d -> Messages.get("compare.chart.time.deadline", Formats.date(d)))
                .orElse(Messages.get("compare.noDeadline"));
        return Messages.get("compare.chart.time.text", deadlineText, String.join("; ", parts));
    }

    private static String recognitionSummary(List<CompareCharts.RecognitionSeries> series, List<String> industries,
                                             String goalIndustry) {
        List<String> parts = new ArrayList<>();
        for (CompareCharts.RecognitionSeries s : series) {
            List<String> levels = industries.stream().map(i -> Formats.industry(i) + " " + s.levels().get(i) + "/5").toList();
            parts.add(s.title() + ": " + String.join(", ", levels));
        }
        return Messages.get("compare.chart.recognition.text", Formats.industry(goalIndustry), String.join("; ", parts));
    }

    private static String money(BigDecimal amount, String currency) {
        return Formats.money(new Money(amount, currency));
    }
}
