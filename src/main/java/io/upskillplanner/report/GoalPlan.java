package io.upskillplanner.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.recommend.Recommendation;

/**
 * One goal of a report with its evaluation, as the compare screen shows it, the earned badges
 * that bear on it (they prove one of its skills or are one of its candidates), and, when the
 * report has the section {@link ReportSection#RECOMMENDATION}, the recommendation computed for it
 * when the report was loaded or why none could be ({@code recommendationUnavailable}).
 */
public record GoalPlan(Goal goal, PlanEvaluation evaluation, List<EarnedBadge> earnedBadges,
                       Optional<Recommendation> recommendation, Optional<Phrase> recommendationUnavailable) {

    public GoalPlan {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(evaluation, "evaluation");
        earnedBadges = List.copyOf(earnedBadges);
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(recommendationUnavailable, "recommendationUnavailable");
    }

    /** Without a recommendation. */
    public GoalPlan(Goal goal, PlanEvaluation evaluation, List<EarnedBadge> earnedBadges) {
        this(goal, evaluation, earnedBadges, Optional.empty(), Optional.empty());
    }

    public GoalPlan(Goal goal, PlanEvaluation evaluation) {
        this(goal, evaluation, List.of());
    }
}
