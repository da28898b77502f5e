package io.upskillplanner.report;

import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.PlanEvaluation;

/**
 * One goal of a report with its evaluation, as the compare screen shows it, and the earned badges
 * that bear on it (they prove one of its skills or are one of its candidates).
 */
public record GoalPlan(Goal goal, PlanEvaluation evaluation, List<EarnedBadge> earnedBadges) {

    public GoalPlan {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(evaluation, "evaluation");
        earnedBadges = List.copyOf(earnedBadges);
    }

    public GoalPlan(Goal goal, PlanEvaluation evaluation) {
        this(goal, evaluation, List.of());
    }
}
