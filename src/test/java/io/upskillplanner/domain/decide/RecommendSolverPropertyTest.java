package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.recommend.Objective;
import io.upskillplanner.domain.decide.recommend.PlanKind;
import io.upskillplanner.domain.decide.recommend.PlanOption;
import io.upskillplanner.domain.decide.recommend.RecommendModel;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.domain.decide.recommend.SolveOutcome;
import io.upskillplanner.domain.decide.recommend.SolveStatus;
import io.upskillplanner.solver.ChocoPlanSolver;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The solver against the plain truth: on random small models (up to 12 options) every plan kind
 * the solver proves optimal scores exactly what an exhaustive search over all subsets finds best,
 * and every plan it proposes keeps every hard limit.
 */
class RecommendSolverPropertyTest {

    private static final SolveLimits LIMITS = SolveLimits.of(Duration.ofSeconds(20));

    private final ChocoPlanSolver solver = new ChocoPlanSolver();

    record Item(int cost, int effort, Integer fixedWeeks, int skillMask, int recognition, int quality,
                Integer prerequisiteOffset) {
    }

    record Problem(List<Item> items, List<Integer> importance, int budget, Integer weeksAvailable, ScheduleMode mode,
                   int weeklyHours) {
    }

    @Property(tries = 150)
    void everyPlanKindScoresWhatExhaustiveSearchFindsBest(@ForAll("problems") Problem problem,
                                                          @ForAll PlanKind kind) {
        RecommendModel model = model(problem, problem.budget());

        SolveOutcome outcome = solver.solve(model, kind.order(), LIMITS);

        assertThat(outcome.status()).isEqualTo(SolveStatus.OPTIMAL);
        boolean[] found = outcome.selection(model.size());
        assertThat(model.fits(found)).as("the solver's plan keeps every limit").isTrue();
        assertThat(model.score(found, kind.order())).containsExactly(exhaustiveBest(model, kind.order()));
    }

    @Property(tries = 150)
    void addingBudgetNeverMakesTheBestCoverageWorse(@ForAll("problems") Problem problem,
                                                    @ForAll @IntRange(min = 1, max = 100_000) int extra) {
        RecommendModel tight = model(problem, problem.budget());
        RecommendModel looser = model(problem, problem.budget() + extra);

        long before = tight.coverage(solver.solve(tight, PlanKind.BEST.order(), LIMITS).selection(tight.size()));
        long after = looser.coverage(solver.solve(looser, PlanKind.BEST.order(), LIMITS).selection(looser.size()));

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    private static long[] exhaustiveBest(RecommendModel model, List<Objective> order) {
        int n = model.size();
        long[] best = null;
        for (int subset = 0; subset < (1 << n); subset++) {
            boolean[] chosen = new boolean[n];
            for (int i = 0; i < n; i++) {
                chosen[i] = (subset & (1 << i)) != 0;
            }
            if (model.fits(chosen)) {
                long[] score = model.score(chosen, order);
                if (best == null || Objective.compare(score, best) > 0) {
                    best = score;
                }
            }
        }
        return best;
    }

    static RecommendModel model(Problem problem, int budget) {
        int skills = problem.importance().size();
        List<PlanOption> options = new ArrayList<>();
        int n = problem.items().size();
        int shared = problem.mode() == ScheduleMode.SEQUENTIAL ? 1 : Math.max(1, n);
        int[][] weeks = new int[n][shared];
        for (int i = 0; i < n; i++) {
            Item item = problem.items().get(i);
            List<Integer> covered = new ArrayList<>();
            for (int s = 0; s < skills; s++) {
                if ((item.skillMask() & (1 << s)) != 0) {
                    covered.add(s);
                }
            }
            int[] prerequisites = item.prerequisiteOffset() == null || item.prerequisiteOffset() > i ? new int[0]
                    : new int[] {i - item.prerequisiteOffset()};
            if (prerequisites.length == 1 && prerequisites[0] == i) {
                prerequisites = new int[0];
            }
            options.add(new PlanOption(Fixtures.credential("C" + i).build(), item.cost(), item.effort(),
                    item.fixedWeeks() == null ? 0 : item.fixedWeeks(), covered.stream().mapToInt(Integer::intValue)
                            .toArray(), item.recognition(), item.quality(), prerequisites));
            for (int k = 1; k <= shared; k++) {
                weeks[i][k - 1] = (int) StudyWeeks.of(item.effort(), item.fixedWeeks(),
                        BigDecimal.valueOf(problem.weeklyHours()), k);
            }
        }
        return new RecommendModel(options, problem.importance().stream().map(w -> "skill " + w).toList(),
                problem.importance().stream().mapToInt(Integer::intValue).toArray(), budget,
                problem.weeksAvailable() == null ? RecommendModel.NO_LIMIT : problem.weeksAvailable(), problem.mode(),
                weeks);
    }

    @Provide
    Arbitrary<Problem> problems() {
        Arbitrary<Item> item = Combinators.combine(
                Arbitraries.integers().between(0, 2_000).map(c -> c * 50),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(1, 16).injectNull(0.6),
                Arbitraries.integers().between(0, 31),
                Arbitraries.integers().between(0, 5),
                // Few distinct scores as well as many: ties are where leaving out a redundant option could go wrong.
                Arbitraries.oneOf(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 2)),
                Arbitraries.integers().between(1, 4).injectNull(0.7)).as(Item::new);
        return Combinators.combine(
                item.list().ofMinSize(0).ofMaxSize(12),
                Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.integers().between(0, 200_000),
                Arbitraries.integers().between(0, 40).injectNull(0.2),
                Arbitraries.of(ScheduleMode.class),
                Arbitraries.integers().between(1, 20)).as(Problem::new);
    }
}
