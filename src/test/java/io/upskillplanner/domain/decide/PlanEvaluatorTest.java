package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.CandidateStatus.CHOSEN;
import static io.upskillplanner.domain.CandidateStatus.COMPLETED;
import static io.upskillplanner.domain.CandidateStatus.CONSIDERING;
import static io.upskillplanner.domain.CandidateStatus.ENROLLED;
import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;

import org.junit.jupiter.api.Test;

class PlanEvaluatorTest {

    private static final List<ExchangeRate> RATES = List.of(
            new ExchangeRate("GBP", "EUR", new BigDecimal("1.20"), TODAY),
            new ExchangeRate("EUR", "USD", new BigDecimal("1.25"), TODAY));

    private final PlanEvaluator evaluator = new PlanEvaluator();
    private final Profile profile = Fixtures.profileWithSalary(Fixtures.profile("10", "3000", "EUR"), "40000");
    private final Goal goal = Fixtures.goal(profile)
            .deadline(TODAY.plusWeeks(20))
            .salaryAfter("49000")
            .skills(GoalSkill.of("SQL", 5), GoalSkill.of("Statistics", 3), GoalSkill.of("Python", 2),
                    GoalSkill.of("R", 1), GoalSkill.of("Epidemiology", 2))
            .build();

    private final CandidateWithCredential analytics = Fixtures.candidate(goal,
            Fixtures.credential("Health Data Analytics")
                    .cost("1200", "EUR").effort(40)
                    .recognition(new Recognition("Healthcare", 4, "required by most hospital employers"))
                    .quality(new Quality("CAHIIM", "AHIMA", 4, 3))
                    .skills("SQL", "Statistics")
                    .build(), CHOSEN, 1);
    private final CandidateWithCredential python = Fixtures.candidate(goal, Fixtures.credential("Python for Health")
            .cost("500", "GBP").effort(60).skills("Python").build(), ENROLLED, 2);
    private final CandidateWithCredential bootcamp = Fixtures.candidate(goal, Fixtures.credential("Epi Bootcamp")
            .cost("2000", "USD").effort(120).fixedWeeks(16).skills("Epidemiology").build(), CONSIDERING, 3);
    private final CandidateWithCredential done = Fixtures.candidate(goal, Fixtures.credential("Intro SQL")
            .cost("300", "EUR").effort(20).skills("SQL").build(), COMPLETED, 0);

    private final List<CandidateWithCredential> all = List.of(analytics, python, bootcamp, done);

    @Test
    void scoresEachCandidateWithAnExplainedBreakdown() {
        PlanEvaluation evaluation = evaluate(all);

        CandidateScore score = evaluation.candidates().get(0).score();
        // Ratings 4, 3.08 (8 of 13 importance), 5, 4, 4, 3, 3.33 (1200 of 2400 left), 5 (4 of 20 weeks).
        assertThat(score.points()).isEqualByComparingTo("77.8");
        assertThat(score.of(Criterion.RECOGNITION).explanation().english())
                .isEqualTo("Recognition in Healthcare: 4/5 — evidence: required by most hospital employers");
        assertThat(score.of(Criterion.SKILL_COVERAGE).rating()).isEqualTo(3.08);
        assertThat(score.of(Criterion.COST_FIT).rating()).isEqualTo(3.33);
        assertThat(score.of(Criterion.TIME_FIT).rating()).isEqualTo(5);
        assertThat(score.breakdown().stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(score.points());
    }

    @Test
    void costFitOfAConsideredCandidateSubtractsEverythingAlreadyPlanned() {
        CandidateEvaluation epi = evaluate(all).candidates().get(2);

        // 2000 USD = 1600 EUR against 3000 − (1200 + 600) = 1200 left.
        assertThat(epi.totalCost()).isEqualTo(Money.of("1600", "EUR"));
        assertThat(epi.score().of(Criterion.COST_FIT).rating()).isZero();
        assertThat(epi.score().of(Criterion.COST_FIT).explanation().english()).contains("remaining budget 1200.00 EUR");
        assertThat(epi.withinBudgetAlone()).isTrue();
    }

    @Test
    void plannedCandidatesGetScheduleEntriesAndOthersDoNot() {
        PlanEvaluation evaluation = evaluate(all);

        assertThat(evaluation.candidates().get(0).scheduleEntry()).hasValueSatisfying(entry -> {
            assertThat(entry.start()).isEqualTo(TODAY);
            assertThat(entry.finish()).isEqualTo(TODAY.plusWeeks(4));
        });
        assertThat(evaluation.candidates().get(1).scheduleEntry()).hasValueSatisfying(entry ->
                assertThat(entry.finish()).isEqualTo(TODAY.plusWeeks(10)));
        assertThat(evaluation.candidates().get(2).scheduleEntry()).isEmpty();
        assertThat(evaluation.candidates().get(2).beforeDeadline()).isTrue();
    }

    @Test
    void completedCandidatesCostNothingFurther() {
        CandidateEvaluation intro = evaluate(all).candidates().get(3);

        assertThat(intro.totalCost()).isEqualTo(Money.of("0", "EUR"));
        assertThat(intro.score().of(Criterion.COST_FIT).rating()).isEqualTo(5);
        assertThat(intro.score().of(Criterion.TIME_FIT).rating()).isEqualTo(5);
    }

    @Test
    void planTotalsAddPlannedCostsInTheProfileCurrencyAndCheckBudgetAndDeadline() {
        PlanTotals totals = evaluate(all).totals();

        assertThat(totals.totalCost()).isEqualTo(Money.of("1800", "EUR"));
        assertThat(totals.budget()).isEqualTo(Money.of("3000", "EUR"));
        assertThat(totals.withinBudget()).isTrue();
        assertThat(totals.overBudgetBy()).isEqualTo(Money.of("0", "EUR"));
        assertThat(totals.finish()).isEqualTo(TODAY.plusWeeks(10));
        assertThat(totals.deadline()).contains(TODAY.plusWeeks(20));
        assertThat(totals.beforeDeadline()).isTrue();
        assertThat(totals.feasible()).isTrue();
        assertThat(totals.infeasibleBecause()).isEmpty();
    }

    @Test
    void returnOnInvestmentUsesThePlanTotal() {
        ReturnOnInvestment roi = evaluate(all).totals().returnOnInvestment();

        // 1800 EUR ÷ (9000 ÷ 12) = 2.4 → 3 months.
        assertThat(roi.yearlyUplift()).contains(Money.of("9000", "EUR"));
        assertThat(roi.paybackMonths()).hasValue(3);
    }

    @Test
    void returnOnInvestmentIsNotAvailableWithoutSalaries() {
        Profile noSalary = Fixtures.profileWithSalary(profile, null);

        ReturnOnInvestment roi = evaluator.evaluate(noSalary, goal, all, List.of(), RATES,
                ScoringWeights.defaults(), TODAY).totals().returnOnInvestment();

        assertThat(roi.isAvailable()).isFalse();
        assertThat(roi.notAvailableBecause().map(Phrase::english)).hasValue("no salary now was given for the profile");
    }

    @Test
    void overBudgetAndLatePlanIsInfeasibleWithBothReasons() {
        Profile poor = Fixtures.profile("10", "1000", "EUR");
        Goal tight = Fixtures.goal(poor).deadline(TODAY.plusWeeks(6)).build();
        CandidateWithCredential a = Fixtures.candidate(tight, Fixtures.credential("A").cost("900", "EUR").effort(40)
                .build(), CHOSEN, 1);
        CandidateWithCredential b = Fixtures.candidate(tight, Fixtures.credential("B").cost("400", "EUR").effort(40)
                .build(), CHOSEN, 2);

        PlanTotals totals = evaluator.evaluate(poor, tight, List.of(a, b), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY).totals();

        assertThat(totals.feasible()).isFalse();
        assertThat(totals.overBudgetBy()).isEqualTo(Money.of("300", "EUR"));
        assertThat(totals.infeasibleBecause()).extracting(Phrase::english).containsExactly(
                "Over budget by 300.00 EUR: the plan costs 1300.00 EUR against a budget of 1000.00 EUR.",
                "Finishes on 2025-03-03, 14 days after the deadline 2025-02-17.");
    }

    @Test
    void zeroBudgetLeavesOnlyFreeCredentialsFitting() {
        Profile broke = Fixtures.profile("10", "0", "EUR");
        Goal goalWithoutMoney = Fixtures.goal(broke).build();
        CandidateWithCredential free = Fixtures.candidate(goalWithoutMoney, Fixtures.credential("Free").build(),
                CONSIDERING, 1);
        CandidateWithCredential paid = Fixtures.candidate(goalWithoutMoney, Fixtures.credential("Paid")
                .cost("10", "EUR").build(), CONSIDERING, 2);

        PlanEvaluation evaluation = evaluator.evaluate(broke, goalWithoutMoney, List.of(free, paid), List.of(),
                List.of(), ScoringWeights.defaults(), TODAY);

        assertThat(evaluation.candidates().get(0).score().of(Criterion.COST_FIT).rating()).isEqualTo(5);
        assertThat(evaluation.candidates().get(0).withinBudgetAlone()).isTrue();
        assertThat(evaluation.candidates().get(1).score().of(Criterion.COST_FIT).rating()).isZero();
        assertThat(evaluation.candidates().get(1).withinBudgetAlone()).isFalse();
        assertThat(evaluation.totals().withinBudget()).isTrue();
    }

    @Test
    void goalBudgetCapAndWeeklyHoursOverrideTheProfile() {
        Goal capped = Fixtures.goal(profile).budgetCap("500").weeklyHours("20").build();
        CandidateWithCredential a = Fixtures.candidate(capped, Fixtures.credential("A").cost("600", "EUR").effort(40)
                .build(), CHOSEN, 1);

        PlanEvaluation evaluation = evaluator.evaluate(profile, capped, List.of(a), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY);

        assertThat(evaluation.totals().budget()).isEqualTo(Money.of("500", "EUR"));
        assertThat(evaluation.totals().withinBudget()).isFalse();
        assertThat(evaluation.totals().finish()).isEqualTo(TODAY.plusWeeks(2));
    }

    @Test
    void renewalsWithinTheHorizonAreCountedIntoTheCost() {
        Goal plain = Fixtures.goal(profile).build();
        Credential renewing = Fixtures.credential("Renewing").effort(40).costs(new CostParts(new BigDecimal("100"),
                new BigDecimal("50"), BigDecimal.ZERO, new BigDecimal("30"), 12, "EUR")).build();
        CandidateWithCredential a = Fixtures.candidate(plain, renewing, CHOSEN, 1);

        CandidateEvaluation threeYears = evaluator.evaluate(profile, plain, List.of(a), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY).candidates().get(0);
        CandidateEvaluation oneYear = new PlanEvaluator(12).evaluate(profile, plain, List.of(a), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY).candidates().get(0);

        // Finishes 4 weeks from today: renewals at +12 and +24 months fall within 36 months, none within 12.
        assertThat(threeYears.cost().renewals()).isEqualTo(2);
        assertThat(threeYears.totalCost()).isEqualTo(Money.of("210", "EUR"));
        assertThat(oneYear.totalCost()).isEqualTo(Money.of("150", "EUR"));
    }

    @Test
    void parallelModeFromTheGoalIsUsed() {
        Goal parallel = Fixtures.goal(profile).mode(ScheduleMode.PARALLEL).build();
        CandidateWithCredential a = Fixtures.candidate(parallel, Fixtures.credential("A").effort(40).build(), CHOSEN,
                1);
        CandidateWithCredential b = Fixtures.candidate(parallel, Fixtures.credential("B").effort(40).build(), CHOSEN,
                2);

        PlanEvaluation evaluation = evaluator.evaluate(profile, parallel, List.of(a, b), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY);

        assertThat(evaluation.totals().finish()).isEqualTo(TODAY.plusWeeks(8));
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Goal plain = Fixtures.goal(profile).build();
        Credential good = Fixtures.credential("Good").quality(new Quality("Body", null, 5, 5)).build();
        Credential twin = Fixtures.credential("Twin").quality(new Quality("Body", null, 5, 5)).build();
        Credential weak = Fixtures.credential("Weak").build();
        List<CandidateWithCredential> candidates = List.of(
                Fixtures.candidate(plain, weak, CONSIDERING, 1),
                Fixtures.candidate(plain, good, CONSIDERING, 2),
                Fixtures.candidate(plain, twin, CONSIDERING, 3));

        PlanEvaluation evaluation = evaluator.evaluate(profile, plain, candidates, List.of(), List.of(),
                ScoringWeights.defaults(), TODAY);

        assertThat(evaluation.candidates()).extracting(CandidateEvaluation::rank).containsExactly(3, 1, 1);
        assertThat(evaluation.byRank()).extracting(e -> e.credential().title()).containsExactly("Good", "Twin", "Weak");
    }

    @Test
    void storedWeightsChangeTheScore() {
        ScoringWeights onlyCost = ScoringWeights.fromStored(Map.of(
                "RECOGNITION", BigDecimal.ZERO, "SKILL_COVERAGE", BigDecimal.ZERO, "ACCREDITATION", BigDecimal.ZERO,
                "CURRICULUM", BigDecimal.ZERO, "INSTRUCTORS", BigDecimal.ZERO, "CAREER_SUPPORT", BigDecimal.ZERO,
                "TIME_FIT", BigDecimal.ZERO));

        PlanEvaluation evaluation = evaluator.evaluate(profile, goal, all, List.of(), RATES, onlyCost, TODAY);

        // Cost fit 3.33 alone: 3.33 × 20.
        assertThat(evaluation.candidates().get(0).score().points()).isEqualByComparingTo("66.6");
    }

    @Test
    void missingRatesAreReportedTogetherBeforeAnythingIsComputed() {
        CandidateWithCredential yen = Fixtures.candidate(goal, Fixtures.credential("Yen").cost("1", "JPY").build(),
                CONSIDERING, 5);
        CandidateWithCredential franc = Fixtures.candidate(goal, Fixtures.credential("Franc").cost("1", "CHF").build(),
                CONSIDERING, 6);

        assertThatThrownBy(() -> evaluator.evaluate(profile, goal, List.of(yen, analytics, franc), List.of(),
                List.of(), ScoringWeights.defaults(), TODAY))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessageStartingWith("No exchange rate for CHF→EUR, JPY→EUR ");
    }

    @Test
    void candidateOfAnotherGoalIsRejected() {
        Goal other = Fixtures.goal(profile).build();
        CandidateWithCredential stray = Fixtures.candidate(other, Fixtures.credential("Stray").build(), CHOSEN, 1);

        assertThatThrownBy(() -> evaluator.evaluate(profile, goal, List.of(stray), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to another goal");
    }

    @Test
    void skillGapCountsPlannedCredentialsAndEarnedSkillsButNotConsideredOnes() {
        SkillGap gap = evaluator.evaluate(profile, goal, all, List.of(SkillRef.of("r")), RATES,
                ScoringWeights.defaults(), TODAY).skillGap();

        assertThat(gap.skills()).extracting(s -> s.goalSkill().skill().label())
                .containsExactly("SQL", "Statistics", "Python", "R", "Epidemiology");
        assertThat(gap.skills().get(0).byCredentials()).extracting(Credential::title)
                .containsExactly("Intro SQL", "Health Data Analytics");
        assertThat(gap.skills().get(3).byEarnedSkills()).containsExactly(SkillRef.of("r"));
        assertThat(gap.missing()).extracting(s -> s.skill().label()).containsExactly("Epidemiology");
        assertThat(gap.coveredShare()).isEqualTo(11.0 / 13);
    }

    @Test
    void emptyPlanFinishesTodayAndIsFeasible() {
        PlanEvaluation evaluation = evaluator.evaluate(profile, goal, List.of(), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY);

        assertThat(evaluation.candidates()).isEmpty();
        assertThat(evaluation.totals().finish()).isEqualTo(TODAY);
        assertThat(evaluation.totals().totalCost()).isEqualTo(Money.of("0", "EUR"));
        assertThat(evaluation.totals().feasible()).isTrue();
        assertThat(evaluation.skillGap().missing()).hasSize(5);
    }

    @Test
    void sameInputsGiveTheSameEvaluation() {
        assertThat(evaluate(all)).isEqualTo(evaluate(all));
    }

    @Test
    void beforeDeadlineOfAConsideredCandidateAssumesItStartsAloneToday() {
        Goal soon = Fixtures.goal(profile).deadline(LocalDate.of(2025, 2, 1)).build();
        CandidateWithCredential long1 = Fixtures.candidate(soon, Fixtures.credential("Long").effort(100).build(),
                CONSIDERING, 1);

        CandidateEvaluation evaluation = evaluator.evaluate(profile, soon, List.of(long1), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY).candidates().get(0);

        assertThat(evaluation.beforeDeadline()).isFalse();
        assertThat(evaluation.score().of(Criterion.TIME_FIT).rating()).isZero();
    }

    private PlanEvaluation evaluate(List<CandidateWithCredential> candidates) {
        return evaluator.evaluate(profile, goal, candidates, List.of(), RATES, ScoringWeights.defaults(), TODAY);
    }
}
