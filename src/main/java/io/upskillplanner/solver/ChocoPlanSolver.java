package io.upskillplanner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.recommend.Objective;
import io.upskillplanner.domain.decide.recommend.PlanOption;
import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.domain.decide.recommend.RecommendModel;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.domain.decide.recommend.SolveOutcome;
import io.upskillplanner.domain.decide.recommend.SolveStatus;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.loop.monitors.IMonitorSolution;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The recommendation model as a Choco-solver constraint program: one 0/1 variable per option, the
 * budget and the sequential weeks as linear sums, the parallel split through the number chosen,
 * "covered" per skill as the maximum of the options teaching it (so a skill covered twice counts
 * once), and the objectives optimised lexicographically in one search. The only class that knows
 * Choco (ArchitectureTest).
 */
public final class ChocoPlanSolver implements PlanSolver {

    @Override
    public SolveOutcome solve(RecommendModel problem, List<Objective> order, SolveLimits limits) {
        long started = System.nanoTime();
        int n = problem.size();
        if (n == 0) {
            return new SolveOutcome(Optional.of(new int[0]), SolveStatus.OPTIMAL, 0, System.nanoTime() - started, 1);
        }
        Model model = new Model("recommend");
        BoolVar[] chosen = model.boolVarArray("chosen", n);
        IntVar cost = costOf(problem, model, chosen);
        IntVar finish = problem.mode() == ScheduleMode.SEQUENTIAL
                ? sequentialFinish(problem, model, chosen)
                : parallelFinish(problem, model, chosen);
        for (int i = 0; i < n; i++) {
            for (int p : problem.option(i).prerequisites()) {
                model.arithm(chosen[i], "<=", chosen[p]).post();
            }
        }
        irredundant(problem, model, chosen);
        IntVar coverage = bestPerSkill(problem, model, chosen, option -> 1, "coverage");
        IntVar recognition = bestPerSkill(problem, model, chosen, PlanOption::recognition, "recognition");
        IntVar quality = bestPerSkill(problem, model, chosen, PlanOption::quality, "quality");
        IntVar[] objectives = new IntVar[order.size()];
        for (int j = 0; j < objectives.length; j++) {
            objectives[j] = switch (order.get(j)) {
                case COVERAGE -> coverage;
                case RECOGNITION -> recognition;
                case QUALITY -> quality;
                case LOW_COST -> model.intMinusView(cost);
                case EARLY_FINISH -> model.intMinusView(finish);
            };
        }

        Solver solver = model.getSolver();
        // Most valuable options first in the order the plan kind values them, so the first plan is already good.
        Integer[] byValue = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byValue, branchingOrder(problem, order));
        BoolVar[] branching = Arrays.stream(byValue).map(i -> chosen[i]).toArray(BoolVar[]::new);
        solver.setSearch(Search.inputOrderUBSearch(branching), Search.minDomLBSearch(finish, cost),
                Search.minDomLBSearch(model.retrieveIntVars(true)));

        AtomicLong firstAt = new AtomicLong(-1);
        int[] found = {0};
        solver.plugMonitor((IMonitorSolution) () -> {
            found[0]++;
            firstAt.compareAndSet(-1, System.nanoTime() - started);
        });
        long deadline = started + limits.timeLimit().toNanos();
        StopFlag stop = new StopFlag(limits, deadline);
        Solution best = solver.findLexOptimalSolution(objectives, true, stop);

        SolveStatus status = stop.cancelled ? SolveStatus.CANCELLED
                : stop.timedOut ? SolveStatus.TIME_LIMIT : SolveStatus.OPTIMAL;
        Optional<int[]> selection = Optional.empty();
        if (best != null) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (best.getIntVal(chosen[i]) == 1) {
                    indices.add(i);
                }
            }
            selection = Optional.of(indices.stream().mapToInt(Integer::intValue).toArray());
        }
        return new SolveOutcome(selection, status, Math.max(0, firstAt.get()), System.nanoTime() - started, found[0]);
    }

    private static IntVar costOf(RecommendModel problem, Model model, BoolVar[] chosen) {
        int n = chosen.length;
        int[] cents = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            cents[i] = problem.option(i).costCents();
            total += cents[i];
        }
        IntVar cost = model.intVar("cost", 0, (int) Math.min(problem.budgetCents(), total));
        model.scalar(chosen, cents, "=", cost).post();
        return cost;
    }

    private static IntVar sequentialFinish(RecommendModel problem, Model model, BoolVar[] chosen) {
        int n = chosen.length;
        int[] weeks = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weeks[i] = problem.weeks(i, 1);
            total += weeks[i];
        }
        IntVar finish = model.intVar("finish", 0, (int) Math.min(problem.weeksAvailable(), total));
        model.scalar(chosen, weeks, "=", finish).post();
        return finish;
    }

    /** Each chosen option takes its weeks at the hours split by how many are chosen; the plan ends with the last. */
    private static IntVar parallelFinish(RecommendModel problem, Model model, BoolVar[] chosen) {
        int n = chosen.length;
        int shared = Math.min(problem.maxShared(), n);
        IntVar count = model.intVar("count", 0, shared);
        model.sum(chosen, "=", count).post();
        int longest = 0;
        for (int i = 0; i < n; i++) {
            longest = Math.max(longest, problem.weeks(i, shared));
        }
        IntVar finish = model.intVar("finish", 0, Math.min(problem.weeksAvailable(), longest));
        for (int i = 0; i < n; i++) {
            int fits = problem.maxSharedFor(i);
            if (fits == 0) {
                model.arithm(chosen[i], "=", 0).post();
                continue;
            }
            if (fits < shared) {
                model.ifThen(chosen[i], model.arithm(count, "<=", fits));
            }
            int[] table = new int[shared + 1];
            for (int k = 1; k <= shared; k++) {
                table[k] = problem.weeks(i, k);
            }
            IntVar weeks = model.intVar("weeks" + i, 0, table[shared]);
            model.element(weeks, table, count).post();
            model.ifThen(chosen[i], model.arithm(finish, ">=", weeks));
        }
        return finish;
    }

    /** Σ over skills of importance × the best value among the chosen options teaching the skill. */
    private static IntVar bestPerSkill(RecommendModel problem, Model model, BoolVar[] chosen,
                                       java.util.function.ToIntFunction<PlanOption> value, String name) {
        int[] importance = problem.importance();
        int skills = importance.length;
        List<List<Integer>> teaching = new ArrayList<>();
        for (int s = 0; s < skills; s++) {
            teaching.add(new ArrayList<>());
        }
        int top = 0;
        for (int i = 0; i < chosen.length; i++) {
            for (int s : problem.option(i).skills()) {
                teaching.get(s).add(i);
            }
            top = Math.max(top, value.applyAsInt(problem.option(i)));
        }
        IntVar[] best = new IntVar[skills];
        for (int s = 0; s < skills; s++) {
            List<IntVar> terms = new ArrayList<>();
            for (int i : teaching.get(s)) {
                int v = value.applyAsInt(problem.option(i));
                if (v > 0) {
                    terms.add(v == 1 ? chosen[i] : model.intScaleView(chosen[i], v));
                }
            }
            if (terms.isEmpty()) {
                best[s] = model.intVar(0);
            } else {
                best[s] = model.intVar(name + s, 0, top);
                model.max(best[s], terms.toArray(IntVar[]::new)).post();
            }
        }
        IntVar total = model.intVar(name, 0, top * Arrays.stream(importance).sum());
        model.scalar(best, importance, "=", total).post();
        return total;
    }

    /**
     * Every chosen option must be the only one, among the chosen, to give some skill its coverage,
     * its best recognition or its best score: an option that gives none of these can leave any plan
     * without lowering coverage, recognition or score, while cost and finish do not rise. Some
     * optimal plan of every kind therefore keeps this (decision record 0021 has the proof), and the
     * search need not look at the others. Options in a prerequisite relation are exempt.
     */
    private static void irredundant(RecommendModel problem, Model model, BoolVar[] chosen) {
        int n = chosen.length;
        boolean[] related = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int p : problem.option(i).prerequisites()) {
                related[i] = true;
                related[p] = true;
            }
        }
        List<List<Integer>> teaching = teaching(problem);
        for (int i = 0; i < n; i++) {
            PlanOption option = problem.option(i);
            if (related[i] || option.skills().length == 0) {
                continue;
            }
            List<BoolVar> ways = new ArrayList<>();
            boolean alwaysUseful = false;
            for (int s : option.skills()) {
                for (int criterion = 0; criterion < 2 && !alwaysUseful; criterion++) {
                    List<BoolVar> rivals = new ArrayList<>();
                    for (int j : teaching.get(s)) {
                        PlanOption other = problem.option(j);
                        if (j != i && (criterion == 0 ? other.recognition() >= option.recognition()
                                : other.quality() >= option.quality())) {
                            rivals.add(chosen[j]);
                        }
                    }
                    if (rivals.isEmpty()) {
                        alwaysUseful = true;
                    } else {
                        ways.add(model.sum(rivals.toArray(BoolVar[]::new), "=", 0).reify());
                    }
                }
            }
            if (!alwaysUseful) {
                model.sum(ways.toArray(BoolVar[]::new), ">=", chosen[i]).post();
            }
        }
    }

    private static List<List<Integer>> teaching(RecommendModel problem) {
        List<List<Integer>> teaching = new ArrayList<>();
        for (int s = 0; s < problem.importance().length; s++) {
            teaching.add(new ArrayList<>());
        }
        for (int i = 0; i < problem.size(); i++) {
            for (int s : problem.option(i).skills()) {
                teaching.get(s).add(i);
            }
        }
        return teaching;
    }

    /** Options by what the plan kind's objectives, in their order, would gain from each alone. */
    private static Comparator<Integer> branchingOrder(RecommendModel problem, List<Objective> order) {
        Comparator<Integer> comparator = null;
        for (Objective objective : order) {
            Comparator<Integer> next = switch (objective) {
                case COVERAGE -> Comparator.comparingInt((Integer i) -> -weight(problem, i));
                case RECOGNITION -> Comparator.comparingInt(
                        (Integer i) -> -weight(problem, i) * problem.option(i).recognition());
                case QUALITY -> Comparator.comparingInt((Integer i) -> -weight(problem, i) * problem.option(i).quality());
                case LOW_COST -> Comparator.comparingInt((Integer i) -> problem.option(i).costCents());
                case EARLY_FINISH -> Comparator.comparingInt((Integer i) -> problem.weeks(i, 1));
            };
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        return comparator.thenComparingInt(i -> i);
    }

    private static int weight(RecommendModel problem, int i) {
        int[] importance = problem.importance();
        int total = 0;
        for (int s : problem.option(i).skills()) {
            total += importance[s];
        }
        return total;
    }

    /** Polled by the search; remembers why it stopped it. */
    private static final class StopFlag implements org.chocosolver.util.criteria.Criterion {

        private final SolveLimits limits;
        private final long deadline;
        boolean cancelled;
        boolean timedOut;

        StopFlag(SolveLimits limits, long deadline) {
            this.limits = limits;
            this.deadline = deadline;
        }

        @Override
        public boolean isMet() {
            if (limits.cancelled().getAsBoolean()) {
                cancelled = true;
            } else if (System.nanoTime() > deadline) {
                timedOut = true;
            }
            return cancelled || timedOut;
        }
    }
}
