package io.upskillplanner.domain.decide.recommend;

import java.util.List;

/**
 * The plans on the trade-off frontier the recommendation shows. Cheapest and fastest keep the best
 * plan's coverage (coverage comes first, so they reach the same) and then trade the rest for cost
 * or time; the most recognised puts recognition in the goal's industry before coverage.
 */
public enum PlanKind {
    BEST(Objective.of(Objective.COVERAGE, Objective.RECOGNITION, Objective.QUALITY, Objective.LOW_COST,
            Objective.EARLY_FINISH)),
    CHEAPEST(Objective.of(Objective.COVERAGE, Objective.LOW_COST, Objective.RECOGNITION, Objective.QUALITY,
            Objective.EARLY_FINISH)),
    FASTEST(Objective.of(Objective.COVERAGE, Objective.EARLY_FINISH, Objective.LOW_COST, Objective.RECOGNITION,
            Objective.QUALITY)),
    MOST_RECOGNISED(Objective.of(Objective.RECOGNITION, Objective.COVERAGE, Objective.QUALITY, Objective.LOW_COST,
            Objective.EARLY_FINISH));

    private final List<Objective> order;

    PlanKind(List<Objective> order) {
        this.order = order;
    }

    public List<Objective> order() {
        return order;
    }
}
