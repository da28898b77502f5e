package io.upskillplanner.domain.decide.recommend;

import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ScheduleMode;

/**
 * The recommendation as a constraint problem, in whole numbers: choose a subset of
 * {@link #options()} so that the cost stays within {@link #budgetCents()}, every chosen option
 * finishes within {@link #weeksAvailable()} and every prerequisite of a chosen option is chosen.
 * {@code weeks[i][k - 1]} is how many weeks option {@code i} takes when {@code k} options share the
 * weekly hours (sequentially {@code k} is always 1, so the weeks add up instead). The objectives
 * are in {@link Objective}. The solver adapter and the exhaustive search of the tests read the
 * same model, so they answer the same question.
 */
public record RecommendModel(
        List<PlanOption> options,
        List<String> skillLabels,
        int[] importance,
        int budgetCents,
        int weeksAvailable,
        ScheduleMode mode,
        int[][] weeks) {

    /** No budget or no deadline; large enough for any sum, small enough that sums stay ints. */
    public static final int NO_LIMIT = 1_000_000_000;

    public RecommendModel {
        options = List.copyOf(options);
        skillLabels = List.copyOf(skillLabels);
        importance = importance.clone();
        Objects.requireNonNull(mode, "mode");
        if (skillLabels.size() != importance.length || weeks.length != options.size()) {
            throw new DomainRuleException("error.domain.modelShape");
        }
        int[][] copy = new int[weeks.length][];
        for (int i = 0; i < weeks.length; i++) {
            copy[i] = weeks[i].clone();
            if (copy[i].length == 0) {
                throw new DomainRuleException("error.domain.modelWeeksAlone");
            }
        }
        weeks = copy;
    }

    public int size() {
        return options.size();
    }

    public PlanOption option(int i) {
        return options.get(i);
    }

    /** The most options that can share the hours in parallel; 1 sequentially. */
    public int maxShared() {
        return mode == ScheduleMode.SEQUENTIAL ? 1 : weeks.length == 0 ? 0 : weeks[0].length;
    }

    /** Weeks of option {@code i} when {@code sharedBy} options (at least 1) are studied side by side. */
    public int weeks(int i, int sharedBy) {
        return weeks[i][Math.max(1, sharedBy) - 1];
    }

    /** The most options option {@code i} may share the hours with and still finish in time (0: never fits). */
    public int maxSharedFor(int i) {
        int k = 0;
        while (k < weeks[i].length && weeks[i][k] <= weeksAvailable) {
            k++;
        }
        return k;
    }

    public int totalImportance() {
        int total = 0;
        for (int w : importance) {
            total += w;
        }
        return total;
    }

    @Override
    public int[] importance() {
        return importance.clone();
    }

    @Override
    public int[][] weeks() {
        int[][] copy = new int[weeks.length][];
        for (int i = 0; i < weeks.length; i++) {
            copy[i] = weeks[i].clone();
        }
        return copy;
    }

    // --- what a selection is worth and whether it fits: the one definition both solvers are held to ---

    public boolean fits(boolean[] chosen) {
        long cost = 0;
        int count = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                cost += option(i).costCents();
                count++;
                for (int p : option(i).prerequisites()) {
                    if (!chosen[p]) {
                        return false;
                    }
                }
            }
        }
        if (cost > budgetCents) {
            return false;
        }
        if (mode == ScheduleMode.PARALLEL && count > maxShared()) {
            return false;
        }
        return finishWeeks(chosen) <= weeksAvailable;
    }

    /** Sequential: the weeks add up. Parallel: the longest, with the hours split among all chosen. */
    public long finishWeeks(boolean[] chosen) {
        int count = 0;
        for (boolean c : chosen) {
            count += c ? 1 : 0;
        }
        long finish = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                if (mode == ScheduleMode.SEQUENTIAL) {
                    finish += weeks(i, 1);
                } else if (count <= weeks[i].length) {
                    finish = Math.max(finish, weeks(i, count));
                } else {
                    return Long.MAX_VALUE;
                }
            }
        }
        return finish;
    }

    public long costCents(boolean[] chosen) {
        long cost = 0;
        for (int i = 0; i < chosen.length; i++) {
            cost += chosen[i] ? option(i).costCents() : 0;
        }
        return cost;
    }

    /** Importance of the skills at least one chosen option covers; a skill covered twice counts once. */
    public long coverage(boolean[] chosen) {
        return bestPerSkill(chosen, option -> 1);
    }

    /** For each covered skill, its importance times the best recognition among the options covering it. */
    public long recognition(boolean[] chosen) {
        return bestPerSkill(chosen, PlanOption::recognition);
    }

    /** For each covered skill, its importance times the best profile-weighted score among the options covering it. */
    public long quality(boolean[] chosen) {
        return bestPerSkill(chosen, PlanOption::quality);
    }

    private long bestPerSkill(boolean[] chosen, java.util.function.ToIntFunction<PlanOption> value) {
        int[] best = new int[importance.length];
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                int v = value.applyAsInt(option(i));
                for (int s : option(i).skills()) {
                    best[s] = Math.max(best[s], v);
                }
            }
        }
        long total = 0;
        for (int s = 0; s < best.length; s++) {
            total += (long) importance[s] * best[s];
        }
        return total;
    }

    /** The objective values in the given order, each to be maximised (costs and weeks negated). */
    public long[] score(boolean[] chosen, List<Objective> order) {
        long[] values = new long[order.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = order.get(j).value(this, chosen);
        }
        return values;
    }
}
