package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.solver.ChocoPlanSolver;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * From the request's side: every plan the recommendation proposes, priced exactly and laid out
 * in time, stays within the budget and the deadline, and never contains a dropped, excluded or
 * already completed credential.
 */
class RecommenderPropertyTest {

    private static final List<String> SKILLS = List.of("SQL", "Python", "Statistics", "Triage");

    private final Recommender recommender = new Recommender(new ChocoPlanSolver());

    record Entry(int oneOff, int renewal, Integer renewalMonths, int effort, Integer fixedWeeks, int skillMask,
                 CandidateStatus status, boolean excluded) {
    }

    @Property(tries = 60)
    void everyProposedPlanKeepsEveryHardLimit(@ForAll("entries") List<Entry> entries, @ForAll ScheduleMode mode,
                                              @ForAll("budgets") int budget, @ForAll("deadlines") int weeks) {
        Profile profile = Fixtures.profile("8", String.valueOf(budget), "EUR");
        Goal goal = Fixtures.goal(profile).mode(mode).deadline(TODAY.plusWeeks(weeks))
                .skills(SKILLS.stream().map(s -> GoalSkill.of(s, 3)).toArray(GoalSkill[]::new)).build();
        List<Credential> catalogue = new ArrayList<>();
        List<CandidateWithCredential> candidates = new ArrayList<>();
        Set<UUID> excluded = new HashSet<>();
        Set<UUID> neverProposed = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Credential credential = Fixtures.credential("C" + i).effort(e.effort()).fixedWeeks(e.fixedWeeks())
                    .costs(new CostParts(BigDecimal.valueOf(e.oneOff()), BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.valueOf(e.renewal()), e.renewalMonths(), "EUR"))
                    .skills(SKILLS.stream().filter(s -> (e.skillMask() & (1 << SKILLS.indexOf(s))) != 0)
                            .toArray(String[]::new)).build();
            catalogue.add(credential);
            if (e.status() != null) {
                candidates.add(Fixtures.candidate(goal, credential, e.status(), i));
            }
            if (e.excluded()) {
                excluded.add(credential.id());
            }
            if (e.excluded() || e.status() == CandidateStatus.DROPPED || e.status() == CandidateStatus.COMPLETED) {
                neverProposed.add(credential.id());
            }
        }
        RecommendRequest request = new RecommendRequest(profile, goal, catalogue, candidates, Set.of(), List.of(),
                Map.of(), List.of(), ScoringWeights.defaults(), excluded, TODAY);

        Recommendation recommendation = recommender.recommend(request, true, SolveLimits.of(Duration.ofSeconds(20)),
                RecommendProgress.NONE);

        for (RecommendedPlan plan : recommendation.plans()) {
            assertThat(plan.totalCost().amount()).isLessThanOrEqualTo(BigDecimal.valueOf(budget));
            assertThat(plan.finish()).isBeforeOrEqualTo(goal.deadline());
            assertThat(plan.steps()).noneMatch(step -> neverProposed.contains(step.credential().id()));
            assertThat(plan.steps()).allSatisfy(step -> assertThat(step.finish()).isBeforeOrEqualTo(goal.deadline()));
        }
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 900),
                Arbitraries.integers().between(0, 400),
                Arbitraries.of(6, 12, 24).injectNull(0.5),
                Arbitraries.integers().between(0, 160),
                Arbitraries.integers().between(1, 12).injectNull(0.7),
                Arbitraries.integers().between(0, 15),
                Arbitraries.of(CandidateStatus.class).injectNull(0.6),
                Arbitraries.integers().between(0, 6).map(n -> n == 0)).as(Entry::new).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> budgets() {
        return Arbitraries.integers().between(0, 3000);
    }

    @Provide
    Arbitrary<Integer> deadlines() {
        return Arbitraries.integers().between(0, 60);
    }
}
