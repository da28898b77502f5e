package io.upskillplanner.report;

import java.util.Objects;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.PlanEvaluation;

/** One goal of a report with its evaluation, as the compare screen shows it. */
public record GoalPlan(Goal goal, PlanEvaluation evaluation) {

    public GoalPlan {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
