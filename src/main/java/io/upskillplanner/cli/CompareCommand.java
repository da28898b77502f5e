package io.upskillplanner.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.CandidateTiming;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.domain.decide.ReturnOnInvestment;
import io.upskillplanner.domain.decide.ScheduleEntry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores, schedules and costs a goal's candidates with the profile's weights: the numbers of the
 * compare screen, for scripts and for checking the screen against.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score and compare the candidates of a goal: breakdown, cost, dates, budget and deadline.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile's name (any case).")
    String profileName;

    @Option(names = "--goal", paramLabel = "TITLE", required = true, description = "The goal's title (any case).")
    String goalTitle;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Evaluate as of this date instead of today (for reproducible output).")
    LocalDate today;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = parent.open()) {
            Profile profile = GoalsCommand.findProfile(app, profileName);
            Goal goal = findGoal(app, profile, goalTitle);
            PlanInputs inputs = app.store().plans().load(goal.id());
            LocalDate asOf = today == null ? LocalDate.now() : today;
            PlanEvaluation evaluation;
            try {
                evaluation = inputs.evaluate(asOf);
            } catch (MissingExchangeRateException e) {
                throw new InputRejectedException(ErrorText.of("error.source.exchangeRates"), null,
                        ErrorText.of("error.cli.ratesMissing", e.phrase()), e);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException(ErrorText.of("error.source.goal", goal.title()), null,
                        DomainRuleException.reasonOf(e), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, json(inputs, evaluation, asOf));
            } else {
                printText(out, inputs, evaluation, asOf);
            }
        }
        return ExitCode.OK;
    }

    /** The goal of that title, or input rejected naming the goals that do exist. */
    static Goal findGoal(AppServices app, Profile profile, String title) {
        return app.store().goals().findByTitle(profile.id(), title).orElseThrow(() -> {
            List<String> titles = app.store().goals().listForProfile(profile.id()).stream().map(Goal::title).toList();
            return new InputRejectedException("--goal", null, ErrorText.of("error.cli.noSuchGoal", profile.name(), title,
                    titles.isEmpty() ? ErrorText.of("error.cli.noGoalsYet")
                            : ErrorText.of("error.cli.itsGoals", String.join(", ", titles))));
        });
    }

    // --- JSON ---

    static ObjectNode json(PlanInputs inputs, PlanEvaluation evaluation, LocalDate today) {
        Profile profile = inputs.profile();
        Goal goal = inputs.goal();
        BigDecimal weeklyHours = goal.effectiveWeeklyHours(profile);
        ObjectNode root = JsonOutput.object();
        root.put("today", today.toString());
        ObjectNode profileNode = root.putObject("profile");
        profileNode.put("id", profile.id().toString());
        profileNode.put("name", profile.name());
        ObjectNode goalNode = root.putObject("goal");
        goalNode.put("id", goal.id().toString());
        goalNode.put("title", goal.title());
        goalNode.put("targetIndustry", goal.targetIndustry());
        goalNode.put("deadline", goal.deadline() == null ? null : goal.deadline().toString());
        goalNode.put("weeklyHours", weeklyHours);
        goalNode.put("scheduleMode", goal.scheduleMode().name());
        root.put("currency", profile.currency());
        root.put("horizonMonths", PlanEvaluator.DEFAULT_HORIZON_MONTHS);
        ObjectNode weights = root.putObject("weights");
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion.name(), inputs.weights().of(criterion));
        }
        ArrayNode candidates = root.putArray("candidates");
        for (CandidateEvaluation e : evaluation.byRank()) {
            candidates.add(candidate(e, CandidateTiming.of(e, weeklyHours, today)));
        }
        root.set("plan", plan(evaluation, titles(evaluation)));
        return root;
    }

    private static ObjectNode candidate(CandidateEvaluation e, CandidateTiming timing) {
        ObjectNode node = JsonOutput.object();
        node.put("candidateId", e.candidate().id().toString());
        node.put("credentialId", e.credential().id().toString());
        node.put("title", e.credential().title());
        node.put("provider", e.credential().providerName());
        node.put("status", e.candidate().status().name());
        node.put("inPlan", e.candidate().isInPlan());
        node.put("rank", e.rank());
        node.put("score", e.score().points());
        ArrayNode breakdown = node.putArray("breakdown");
        for (CriterionScore line : e.score().breakdown()) {
            ObjectNode item = breakdown.addObject();
            item.put("criterion", line.criterion().name());
            item.put("label", line.criterion().label());
            item.put("rating", line.rating());
            item.put("weight", line.weight());
            item.put("points", line.points());
            item.put("explanation", line.explanation().english());
        }
        node.set("totalCost", JsonOutput.money(e.totalCost()));
        node.set("ownCurrencyCost", JsonOutput.money(e.cost().total()));
        node.put("renewalsInHorizon", e.cost().renewals());
        node.put("effortHours", e.credential().effortHours());
        node.put("weeks", timing.weeks());
        node.put("start", timing.start().toString());
        node.put("finish", timing.finish().toString());
        node.put("scheduled", timing.scheduled());
        node.put("withinBudget", e.withinBudgetAlone());
        node.put("beforeDeadline", e.beforeDeadline());
        return node;
    }

    private static ObjectNode plan(PlanEvaluation evaluation, Map<UUID, String> titles) {
        PlanTotals totals = evaluation.totals();
        ObjectNode node = JsonOutput.object();
        node.set("totalCost", JsonOutput.money(totals.totalCost()));
        node.set("budget", JsonOutput.money(totals.budget()));
        node.put("withinBudget", totals.withinBudget());
        node.set("overBudgetBy", JsonOutput.money(totals.overBudgetBy()));
        node.put("finish", totals.finish().toString());
        node.put("deadline", totals.deadline().map(LocalDate::toString).orElse(null));
        node.put("beforeDeadline", totals.beforeDeadline());
        node.put("feasible", totals.feasible());
        ArrayNode reasons = node.putArray("infeasibleBecause");
        totals.infeasibleBecause().forEach(reason -> reasons.add(reason.english()));
        ArrayNode schedule = node.putArray("schedule");
        for (ScheduleEntry entry : evaluation.schedule().entries()) {
            ObjectNode item = schedule.addObject();
            item.put("candidateId", entry.candidate().id().toString());
            item.put("title", titles.get(entry.candidate().id()));
            item.put("start", entry.start().toString());
            item.put("finish", entry.finish().toString());
            item.put("weeks", entry.weeks());
            item.put("weeklyHours", entry.weeklyHours());
        }
        ArrayNode warnings = node.putArray("warnings");
        evaluation.schedule().warnings().forEach(warning -> warnings.add(warning.english()));
        ReturnOnInvestment roi = totals.returnOnInvestment();
        ObjectNode roiNode = node.putObject("returnOnInvestment");
        roiNode.put("available", roi.isAvailable());
        if (roi.yearlyUplift().isPresent()) {
            roiNode.set("yearlyUplift", JsonOutput.money(roi.yearlyUplift().get()));
        } else {
            roiNode.putNull("yearlyUplift");
        }
        if (roi.paybackMonths().isPresent()) {
            roiNode.put("paybackMonths", roi.paybackMonths().getAsLong());
        } else {
            roiNode.putNull("paybackMonths");
        }
        roiNode.put("notAvailableBecause", roi.notAvailableBecause().map(CompareCommand::notAvailable).orElse(null));
        return node;
    }

    // --- text ---

    private static void printText(PrintWriter out, PlanInputs inputs, PlanEvaluation evaluation, LocalDate today) {
        Profile profile = inputs.profile();
        Goal goal = inputs.goal();
        BigDecimal weeklyHours = goal.effectiveWeeklyHours(profile);
        out.println("Goal: " + goal.title() + " (" + profile.name() + ")");
        out.println("Industry " + orDash(goal.targetIndustry()) + ", deadline "
                + (goal.deadline() == null ? "none" : goal.deadline()) + ", " + weeklyHours.stripTrailingZeros()
                .toPlainString() + " h/week, " + goal.scheduleMode().name().toLowerCase(Locale.ROOT)
                + "; costs in " + profile.currency() + " over " + PlanEvaluator.DEFAULT_HORIZON_MONTHS
                + " months; as of " + today);
        out.println("Weights: " + Arrays.stream(Criterion.values())
                .map(c -> c.label() + " " + plain(inputs.weights().of(c))).collect(Collectors.joining(", ")));
        out.println();

        TextTable table = new TextTable("RANK", "SCORE", "CREDENTIAL", "STATUS", "TOTAL COST", "START", "FINISH",
                "WEEKS", "IN BUDGET", "BEFORE DEADLINE");
        List<CandidateEvaluation> ranked = evaluation.byRank();
        for (CandidateEvaluation e : ranked) {
            CandidateTiming timing = CandidateTiming.of(e, weeklyHours, today);
            table.row(e.rank(), e.score().points().toPlainString(), e.credential().title(), e.candidate().status(),
                    e.totalCost(), timing.start(), timing.finish(), timing.weeks(), yesNo(e.withinBudgetAlone()),
                    yesNo(e.beforeDeadline()));
        }
        table.print(out);

        for (CandidateEvaluation e : ranked) {
            out.println();
            out.println("Score of " + e.credential().title() + ": " + e.score().points().toPlainString() + " of 100");
            TextTable breakdown = new TextTable("  CRITERION", "RATING", "WEIGHT", "POINTS", "EXPLANATION");
            for (CriterionScore line : e.score().breakdown()) {
                breakdown.row("  " + line.criterion().label(), plain(line.rating()), plain(line.weight()),
                        line.points().toPlainString(), line.explanation().english());
            }
            breakdown.print(out);
        }

        PlanTotals totals = evaluation.totals();
        out.println();
        out.println("Plan");
        out.println("  Total cost:  " + totals.totalCost() + " of a budget of " + totals.budget()
                + (totals.withinBudget() ? " (within budget)" : " (over by " + totals.overBudgetBy() + ")"));
        out.println("  Finish:      " + totals.finish() + ", deadline "
                + totals.deadline().map(LocalDate::toString).orElse("none")
                + (totals.beforeDeadline() ? " (in time)" : " (late)"));
        out.println("  Feasible:    " + (totals.feasible() ? "yes" : "no"));
        totals.infeasibleBecause().forEach(reason -> out.println("    - " + reason.english()));
        ReturnOnInvestment roi = totals.returnOnInvestment();
        out.println("  ROI:         " + (roi.isAvailable()
                ? "pays back in " + roi.paybackMonths().getAsLong()
                        + (roi.paybackMonths().getAsLong() == 1 ? " month" : " months") + " (uplift "
                        + roi.yearlyUplift().orElseThrow() + " a year)"
                : roi.notAvailableBecause().map(CompareCommand::notAvailable).orElse("n/a")));
        Map<UUID, String> titles = titles(evaluation);
        if (!evaluation.schedule().entries().isEmpty()) {
            out.println("  Schedule:");
            for (ScheduleEntry entry : evaluation.schedule().entries()) {
                out.println("    " + entry.start() + " – " + entry.finish() + "  " + titles.get(entry.candidate().id())
                        + " (" + entry.weeks() + (entry.weeks() == 1 ? " week" : " weeks") + " at "
                        + entry.weeklyHours().toPlainString() + " h/week)");
            }
        }
        if (!evaluation.schedule().warnings().isEmpty()) {
            out.println("  Warnings:");
            evaluation.schedule().warnings().forEach(w -> out.println("    - " + w.english()));
        }
        out.flush();
    }

    private static Map<UUID, String> titles(PlanEvaluation evaluation) {
        return evaluation.candidates().stream().collect(Collectors.toMap(e -> e.candidate().id(),
                e -> e.credential().title(), (a, b) -> a));
    }

    /** The command line's output keeps the English it always had, "n/a: " and the reason. */
    private static String notAvailable(Phrase reason) {
        return "n/a: " + reason.english();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
