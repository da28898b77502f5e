package io.upskillplanner.domain.decide.recommend;

import java.util.Objects;
import java.util.Optional;

/**
 * What a search found: the chosen option indices (ascending), how it ended, and its timings in
 * nanoseconds (to the first plan and in all). Empty only when cancelled or stopped before any plan.
 */
public record SolveOutcome(Optional<int[]> chosen, SolveStatus status, long nanosToFirst, long nanosTotal,
                           int plansFound) {

    public SolveOutcome {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(status, "status");
        chosen = chosen.map(int[]::clone);
    }

    public boolean[] selection(int size) {
        boolean[] selected = new boolean[size];
        chosen.ifPresent(indices -> {
            for (int i : indices) {
                selected[i] = true;
            }
        });
        return selected;
    }
}
