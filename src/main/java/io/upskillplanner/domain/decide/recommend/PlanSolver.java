package io.upskillplanner.domain.decide.recommend;

import java.util.List;

/**
 * Finds the selection of a {@link RecommendModel} that is lexicographically best in the given
 * objective order, within the limits. The domain holds the model; an adapter outside it (the only
 * code that knows a solver library) implements this.
 */
public interface PlanSolver {

    SolveOutcome solve(RecommendModel model, List<Objective> order, SolveLimits limits);
}
