package io.upskillplanner.domain.decide.recommend;

/** How a search ended. */
public enum SolveStatus {
    /** The search space was exhausted: no selection is better in the objective order. */
    OPTIMAL,
    /** The time limit stopped the search; the selection is the best found until then. */
    TIME_LIMIT,
    /** The caller cancelled; the selection is the best found until then, if any. */
    CANCELLED;

    public boolean proven() {
        return this == OPTIMAL;
    }
}
