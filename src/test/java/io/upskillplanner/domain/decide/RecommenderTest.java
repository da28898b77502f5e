package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.recommend.PlanKind;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.solver.ChocoPlanSolver;

import org.junit.jupiter.api.Test;

/** The situations of the micro-credential literature the recommendation has to get right. */
class RecommenderTest {

    private final Profile profile = Fixtures.profile("10", "1000", "EUR");
    private final Recommender recommender = new Recommender(new ChocoPlanSolver());

    @Test
    void recognitionInTheGoalsIndustryPicksBetweenOtherwiseEqualCredentials() {
        Credential clinical = Fixtures.credential("Clinical Informatics").cost("300", "EUR").skills("SQL")
                .recognition(new Recognition("Healthcare", 5, null), new Recognition("Technology", 1, null)).build();
        Credential cloud = Fixtures.credential("Cloud Data Engineer").cost("300", "EUR").skills("SQL")
                .recognition(new Recognition("Healthcare", 1, null), new Recognition("Technology", 5, null)).build();
        List<Credential> catalogue = List.of(clinical, cloud);

        Recommendation healthcare = recommend(goal().industry("Healthcare").skills(GoalSkill.of("SQL", 5)), catalogue);
        Recommendation technology = recommend(goal().industry("Technology").skills(GoalSkill.of("SQL", 5)), catalogue);

        assertThat(titles(healthcare.best())).containsExactly("Clinical Informatics");
        assertThat(titles(technology.best())).containsExactly("Cloud Data Engineer");
        assertThat(healthcare.best().recognition()).isEqualByComparingTo("5.0");
    }

    @Test
    void aDeadlineOnlyAParallelScheduleMeetsGetsBothCredentialsInParallel() {
        Credential first = Fixtures.credential("Cohort A").cost("100", "EUR").effort(20).fixedWeeks(8)
                .skills("Triage").build();
        Credential second = Fixtures.credential("Cohort B").cost("100", "EUR").effort(20).fixedWeeks(8)
                .skills("Coding").build();
        Fixtures.GoalBuilder goal = goal().deadline(TODAY.plusWeeks(10))
                .skills(GoalSkill.of("Triage", 3), GoalSkill.of("Coding", 3));

        Recommendation sequential = recommend(goal.mode(ScheduleMode.SEQUENTIAL), List.of(first, second));
        Recommendation parallel = recommend(goal.mode(ScheduleMode.PARALLEL), List.of(first, second));

        assertThat(sequential.best().steps()).hasSize(1);
        assertThat(sequential.best().coveragePercent()).isEqualTo(50);
        assertThat(parallel.best().steps()).extracting(PlanStep::start).containsExactly(TODAY, TODAY);
        assertThat(parallel.best().coveragePercent()).isEqualTo(100);
        assertThat(parallel.best().finish()).isEqualTo(TODAY.plusWeeks(8)).isBeforeOrEqualTo(TODAY.plusWeeks(10));
    }

    @Test
    void aRenewalThatBreaksTheBudgetKeepsTheCredentialOutAndSaysSo() {
        // 400 once plus 300 a year: two renewals fall within the 36-month horizon, 1000 in all.
        Credential renewing = Fixtures.credential("Certified Coder").costs(new CostParts(new BigDecimal("400"),
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("300"), 12, "EUR")).skills("Coding").build();
        Credential course = Fixtures.credential("Coding Course").cost("600", "EUR").skills("Coding").build();

        Recommendation recommendation = recommend(goal().budgetCap("800").skills(GoalSkill.of("Coding", 4)),
                List.of(renewing, course));

        assertThat(titles(recommendation.best())).containsExactly("Coding Course");
        assertThat(recommendation.leftOut()).extracting(Phrase::english)
                .anySatisfy(line -> assertThat(line).startsWith("\"Certified Coder\": its renewals (600.00 EUR)")
                        .contains("1000.00 EUR").contains("800.00 EUR"));
    }

    @Test
    void aBadgeAlreadyEarnedTakesItsCredentialOutOfThePlan() {
        Credential python = Fixtures.credential("Python Basics").cost("200", "EUR").skills("Python").build();
        Credential stats = Fixtures.credential("Statistics").cost("200", "EUR").skills("Statistics").build();
        Fixtures.GoalBuilder goal = goal().skills(GoalSkill.of("Python", 3), GoalSkill.of("Statistics", 3));

        Recommendation without = recommend(goal, List.of(python, stats));
        Recommendation withBadge = recommend(request(goal.build(), List.of(python, stats), List.of(),
                Set.of(python.id()), List.of(SkillRef.of("Python"))));

        assertThat(titles(without.best())).containsExactlyInAnyOrder("Python Basics", "Statistics");
        assertThat(titles(withBadge.best())).containsExactly("Statistics");
        assertThat(withBadge.best().coveragePercent()).isEqualTo(100);
        assertThat(withBadge.best().totalCost().amount()).isEqualByComparingTo("200");
        assertThat(withBadge.notes()).extracting(Phrase::english).anyMatch(n -> n.contains("\"Python Basics\""));
    }

    @Test
    void droppedAndExcludedCredentialsAreNeverProposed() {
        Credential dropped = Fixtures.credential("Dropped One").cost("10", "EUR").skills("SQL").build();
        Credential excluded = Fixtures.credential("Excluded One").cost("10", "EUR").skills("SQL").build();
        Credential fallback = Fixtures.credential("Expensive SQL").cost("900", "EUR").skills("SQL").build();
        Goal goal = goal().skills(GoalSkill.of("SQL", 5)).build();
        RecommendRequest request = new RecommendRequest(profile, goal, List.of(dropped, excluded, fallback),
                List.of(Fixtures.candidate(goal, dropped, CandidateStatus.DROPPED, 1)), Set.of(), List.of(), Map.of(),
                List.of(), ScoringWeights.defaults(), Set.of(excluded.id()), TODAY);

        Recommendation recommendation = recommend(request);

        assertThat(titles(recommendation.best())).containsExactly("Expensive SQL");
        assertThat(recommendation.notes()).extracting(Phrase::english)
                .contains("Excluded by you, so never proposed: \"Excluded One\".");
    }

    @Test
    void excludingACredentialThatIsAlsoAPrerequisiteLeavesOutWhatNeedsIt() {
        Credential foundation = Fixtures.credential("Foundation").cost("100", "EUR").skills("Basics").build();
        Credential advanced = Fixtures.credential("Advanced Analytics").cost("300", "EUR").skills("Analytics").build();
        Credential other = Fixtures.credential("Other Analytics").cost("800", "EUR").skills("Analytics").build();
        Goal goal = goal().skills(GoalSkill.of("Analytics", 5)).build();
        RecommendRequest request = new RecommendRequest(profile, goal, List.of(foundation, advanced, other), List.of(),
                Set.of(), List.of(), Map.of(advanced.id(), Set.of(foundation.id())), List.of(),
                ScoringWeights.defaults(), Set.of(foundation.id()), TODAY);

        Recommendation recommendation = recommend(request);

        assertThat(titles(recommendation.best())).containsExactly("Other Analytics");
        assertThat(recommendation.leftOut()).extracting(Phrase::english)
                .anyMatch(line -> line.contains("\"Advanced Analytics\"") && line.contains("\"Foundation\" first"));
    }

    @Test
    void aPrerequisiteComesIntoThePlanAndBeforeWhatNeedsIt() {
        Credential foundation = Fixtures.credential("Foundation").cost("100", "EUR").skills("Basics").build();
        Credential advanced = Fixtures.credential("Advanced Analytics").cost("300", "EUR").skills("Analytics").build();
        Goal goal = goal().skills(GoalSkill.of("Analytics", 5)).build();
        RecommendRequest request = new RecommendRequest(profile, goal, List.of(foundation, advanced), List.of(),
                Set.of(), List.of(), Map.of(advanced.id(), Set.of(foundation.id())), List.of(),
                ScoringWeights.defaults(), Set.of(), TODAY);

        RecommendedPlan best = recommend(request).best();

        assertThat(titles(best)).containsExactly("Foundation", "Advanced Analytics");
        assertThat(best.steps().get(0).why().english()).isEqualTo("Required before \"Advanced Analytics\"");
        assertThat(best.steps().get(1).start()).isEqualTo(best.steps().get(0).finish());
    }

    @Test
    void aCoveredSkillCountsOnceSoAnOverlappingCredentialIsLeftOut() {
        Credential both = Fixtures.credential("SQL and Python").cost("300", "EUR").skills("SQL", "Python").build();
        Credential sqlOnly = Fixtures.credential("SQL Refresher").cost("50", "EUR").skills("SQL").build();

        Recommendation recommendation = recommend(goal().skills(GoalSkill.of("SQL", 3), GoalSkill.of("Python", 3)),
                List.of(both, sqlOnly));

        assertThat(titles(recommendation.best())).containsExactly("SQL and Python");
        assertThat(recommendation.leftOut()).extracting(Phrase::english)
                .contains("\"SQL Refresher\": covers only skills already covered by \"SQL and Python\"");
    }

    @Test
    void whenNothingFitsItComputesTheSmallestChangeForEachLimit() {
        // 200 h at 10 h/week: 20 weeks against 10; 300 EUR against 100.
        Credential big = Fixtures.credential("Data Bootcamp").cost("300", "EUR").effort(200).skills("SQL").build();
        Fixtures.GoalBuilder goal = goal().budgetCap("100").deadline(TODAY.plusWeeks(10))
                .skills(GoalSkill.of("SQL", 5), GoalSkill.of("Quantum Knitting", 1));

        Recommendation recommendation = recommend(goal, List.of(big));

        assertThat(recommendation.best().steps()).isEmpty();
        assertThat(recommendation.toFit()).extracting(Phrase::english).containsExactly(
                "No budget alone would let a plan cover 83%: the time is too short.",
                "No later deadline alone would let a plan cover 83%: the budget is too small.",
                "Even 80 h/week would not let a plan cover 83%.");
        assertThat(recommendation.notes()).extracting(Phrase::english)
                .contains("Nothing in the catalogue covers Quantum Knitting.");
    }

    @Test
    void aBudgetShortfallAloneIsComputedToTheCent() {
        Credential course = Fixtures.credential("Course").cost("349.99", "EUR").skills("SQL").build();

        Recommendation recommendation = recommend(goal().budgetCap("100").skills(GoalSkill.of("SQL", 5)),
                List.of(course));

        assertThat(recommendation.toFit()).extracting(Phrase::english).containsExactly(
                "A budget of 349.99 EUR (249.99 EUR more) would let a plan cover 100% of the goal's skills.");
    }

    @Test
    void hoursAndDeadlineChangesAreComputedWhenTimeIsTheLimit() {
        Credential course = Fixtures.credential("Long Course").cost("100", "EUR").effort(200).skills("SQL").build();

        Recommendation recommendation = recommend(goal().deadline(TODAY.plusWeeks(10))
                .skills(GoalSkill.of("SQL", 5)), List.of(course));

        assertThat(recommendation.toFit()).extracting(Phrase::english).containsExactly(
                "No budget alone would let a plan cover 100%: the time is too short.",
                "A deadline 10 weeks later, on 2025-05-26, would let a plan cover 100%.",
                "Studying 20 h/week instead of 10 would let a plan cover 100%.");
    }

    @Test
    void alternativesTradeAgainstTheBestAndSayWhat() {
        Credential premium = Fixtures.credential("Premium").cost("800", "EUR").effort(100).skills("SQL")
                .recognition(new Recognition("Healthcare", 5, null)).build();
        Credential budget = Fixtures.credential("Budget").cost("100", "EUR").effort(100).skills("SQL")
                .recognition(new Recognition("Healthcare", 2, null)).build();
        Credential quick = Fixtures.credential("Quick").cost("400", "EUR").effort(20).skills("SQL")
                .recognition(new Recognition("Healthcare", 1, null)).build();

        Recommendation recommendation = recommender.recommend(request(goal().skills(GoalSkill.of("SQL", 5)).build(),
                List.of(premium, budget, quick), List.of(), Set.of(), List.of()), true,
                SolveLimits.of(Duration.ofSeconds(10)), RecommendProgress.NONE);

        assertThat(titles(recommendation.best())).containsExactly("Premium");
        assertThat(titles(recommendation.plan(PlanKind.CHEAPEST).orElseThrow())).containsExactly("Budget");
        assertThat(titles(recommendation.plan(PlanKind.FASTEST).orElseThrow())).containsExactly("Quick");
        assertThat(recommendation.plan(PlanKind.MOST_RECOGNISED).orElseThrow().sameAsBest()).isTrue();
        assertThat(recommendation.plan(PlanKind.CHEAPEST).orElseThrow().givesUp()).extracting(Phrase::english)
                .containsExactly("Recognition 2/5 instead of 5/5", "Saves 700.00 EUR: 100.00 EUR instead of 800.00 EUR");
        assertThat(recommendation.proven()).isTrue();
    }

    @Test
    void explanationsReadInGerman() {
        Credential course = Fixtures.credential("Kurs").cost("100", "EUR").skills("SQL")
                .recognition(new Recognition("Healthcare", 4, null)).build();

        Recommendation recommendation = recommend(goal().skills(GoalSkill.of("SQL", 5)), List.of(course));

        assertThat(recommendation.best().steps().get(0).why().text(Locale.GERMAN))
                .isEqualTo("Deckt SQL ab, was sonst nichts im Plan abdeckt; Anerkennung in Gesundheitswesen: 4/5");
    }

    // --- helpers ---

    private Fixtures.GoalBuilder goal() {
        return Fixtures.goal(profile);
    }

    private Recommendation recommend(Fixtures.GoalBuilder goal, List<Credential> catalogue) {
        return recommend(request(goal.build(), catalogue, List.of(), Set.of(), List.of()));
    }

    private Recommendation recommend(RecommendRequest request) {
        return recommender.recommend(request, false, SolveLimits.of(Duration.ofSeconds(10)), RecommendProgress.NONE);
    }

    private RecommendRequest request(Goal goal, List<Credential> catalogue, List<CandidateWithCredential> candidates,
                                     Set<UUID> earned, List<SkillRef> earnedSkills) {
        return new RecommendRequest(profile, goal, catalogue, candidates, earned, earnedSkills, Map.of(), List.of(),
                ScoringWeights.defaults(), Set.of(), TODAY);
    }

    private static List<String> titles(RecommendedPlan plan) {
        return plan.steps().stream().map(step -> step.credential().title()).toList();
    }
}
