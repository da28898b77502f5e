package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;

/**
 * The one entry point of the decision logic: scores, ranks, schedules and costs a goal's candidates
 * and sums the plan up. Pure: the same inputs give the same evaluation; {@code today} is an input.
 */
public final class PlanEvaluator {

    public static final int DEFAULT_HORIZON_MONTHS = 36;

    private final int horizonMonths;

    public PlanEvaluator() {
        this(DEFAULT_HORIZON_MONTHS);
    }

    /** @param horizonMonths how far ahead renewals are counted into a credential's cost */
    public PlanEvaluator(int horizonMonths) {
        if (horizonMonths < 0) {
            throw new DomainRuleException("error.domain.horizonNegative", horizonMonths);
        }
        this.horizonMonths = horizonMonths;
    }

    /**
     * @throws MissingExchangeRateException listing every currency pair the rates cannot link
     * @throws IllegalArgumentException     when a candidate belongs to another goal, the goal to
     *                                      another profile, or the weekly hours are not positive
     */
    public PlanEvaluation evaluate(Profile profile, Goal goal, List<CandidateWithCredential> candidates,
                                   List<SkillRef> earnedSkills, List<ExchangeRate> rates, ScoringWeights weights,
                                   LocalDate today) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(today, "today");
        requireBelongTogether(profile, goal, candidates);
        String currency = profile.currency();
        BigDecimal weeklyHours = goal.effectiveWeeklyHours(profile);
        if (weeklyHours == null || weeklyHours.signum() <= 0) {
            throw new DomainRuleException("error.domain.weeklyHoursToPlan", weeklyHours);
        }
        CurrencyConverter converter = new CurrencyConverter(rates);
        converter.requireRates(candidates.stream().map(c -> c.credential().costs().currency()).toList(), currency);

        Schedule schedule = Scheduler.schedule(candidates, goal.scheduleMode(), weeklyHours, today, goal.deadline());
        Map<UUID, ScheduleEntry> entries = new HashMap<>();
        schedule.entries().forEach(entry -> entries.put(entry.candidate().id(), entry));

        int n = candidates.size();
        long[] weeksAlone = new long[n];
        LocalDate[] finishes = new LocalDate[n];
        CredentialCost[] costs = new CredentialCost[n];
        Money[] totalCosts = new Money[n];
        Money planned = Money.zero(currency);
        int plannedCount = 0;
        for (int i = 0; i < n; i++) {
            CandidateWithCredential c = candidates.get(i);
            boolean completed = c.candidate().status() == CandidateStatus.COMPLETED;
            weeksAlone[i] = completed ? 0 : Scheduler.weeksAlone(c.credential(), weeklyHours);
            ScheduleEntry entry = entries.get(c.candidate().id());
            finishes[i] = entry != null ? entry.finish() : today.plusWeeks(weeksAlone[i]);
            costs[i] = completed
                    ? CredentialCost.nothing(c.credential().costs().currency())
                    : CredentialCost.over(c.credential().costs(), finishes[i], today, horizonMonths);
            totalCosts[i] = converter.convert(costs[i].total(), currency);
            if (c.candidate().isInPlan()) {
                planned = planned.plus(totalCosts[i]);
                plannedCount++;
            }
        }

        Money budget = goal.effectiveBudget(profile);
        CandidateScorer scorer = new CandidateScorer(goal, weights, budget, weeklyHours, today);
        CandidateScore[] scores = new CandidateScore[n];
        for (int i = 0; i < n; i++) {
            CandidateWithCredential c = candidates.get(i);
            boolean inPlan = c.candidate().isInPlan();
            Money otherPlanned = inPlan ? planned.minus(totalCosts[i]) : planned;
            int otherCount = inPlan ? plannedCount - 1 : plannedCount;
            scores[i] = scorer.score(c, totalCosts[i], otherPlanned, otherCount, weeksAlone[i]);
        }
        int[] ranks = ranks(scores);

        List<CandidateEvaluation> evaluations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CandidateWithCredential c = candidates.get(i);
            boolean beforeDeadline = goal.deadline() == null || !finishes[i].isAfter(goal.deadline());
            evaluations.add(new CandidateEvaluation(c.candidate(), c.credential(), scores[i], ranks[i],
                    Optional.ofNullable(entries.get(c.candidate().id())), costs[i], totalCosts[i],
                    totalCosts[i].compareTo(budget) <= 0, beforeDeadline));
        }
        return new PlanEvaluation(evaluations, schedule, totals(profile, goal, planned, budget, schedule),
                SkillGap.of(goal, candidates, earnedSkills));
    }

    private static PlanTotals totals(Profile profile, Goal goal, Money totalCost, Money budget, Schedule schedule) {
        boolean withinBudget = totalCost.compareTo(budget) <= 0;
        Money overBy = withinBudget ? Money.zero(budget.currency()) : totalCost.minus(budget);
        List<Phrase> reasons = new ArrayList<>();
        if (!withinBudget) {
            reasons.add(Phrase.of("totals.overBudget", overBy, totalCost, budget));
        }
        if (!schedule.meetsDeadline()) {
            long daysLate = -schedule.daysBeforeDeadline().orElseThrow();
            reasons.add(Phrase.of("totals.late", schedule.finish(), daysLate, goal.deadline()));
        }
        return new PlanTotals(totalCost, budget, withinBudget, overBy, schedule.finish(), schedule.deadline(),
                schedule.meetsDeadline(), reasons.isEmpty(), reasons,
                ReturnOnInvestment.of(totalCost, profile.salaryNow(), goal.expectedSalaryAfter()));
    }

    /** Competition ranking ("1224"): equal scores share a rank and the next rank skips. */
    private static int[] ranks(CandidateScore[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing((Integer i) -> scores[i].points()).reversed());
        int[] ranks = new int[scores.length];
        for (int position = 0; position < order.length; position++) {
            int i = order[position];
            boolean tiesPrevious = position > 0
                    && scores[order[position - 1]].points().compareTo(scores[i].points()) == 0;
            ranks[i] = tiesPrevious ? ranks[order[position - 1]] : position + 1;
        }
        return ranks;
    }

    private static void requireBelongTogether(Profile profile, Goal goal, List<CandidateWithCredential> candidates) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(goal, "goal");
        if (!goal.profileId().equals(profile.id())) {
            throw new DomainRuleException("error.domain.goalOfAnotherProfile", goal.id());
        }
        for (CandidateWithCredential c : candidates) {
            if (!c.candidate().goalId().equals(goal.id())) {
                throw new DomainRuleException("error.domain.candidateOfAnotherGoal", c.candidate().id());
            }
        }
    }
}
