package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.SkillCoverage;

/**
 * The four figures "your plan vs the recommended plan" sets side by side: cost over the horizon,
 * finish, importance-weighted coverage of the goal's skills (0–100) and recognition in the goal's
 * industry (0–5, the importance-weighted best per goal skill, as the recommendation counts it).
 */
public record PlanFigures(Money cost, LocalDate finish, int coveragePercent, BigDecimal recognition) {

    public PlanFigures {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(recognition, "recognition");
    }

    public static PlanFigures of(RecommendedPlan plan) {
        return new PlanFigures(plan.totalCost(), plan.finish(), plan.coveragePercent(), plan.recognition());
    }

    /** The person's own plan: the chosen, enrolled and completed candidates as the Compare screen evaluates them. */
    public static PlanFigures of(Goal goal, PlanEvaluation evaluation) {
        String industry = goal.targetIndustry() == null ? "" : goal.targetIndustry().strip();
        long weighted = 0;
        long importance = 0;
        for (SkillCoverage coverage : evaluation.skillGap().skills()) {
            GoalSkill skill = coverage.goalSkill();
            importance += skill.importance();
            if (industry.isEmpty()) {
                continue;
            }
            int best = 0;
            for (Credential credential : coverage.byCredentials()) {
                best = Math.max(best, credential.recognitionIn(industry).level());
            }
            weighted += (long) best * skill.importance();
        }
        BigDecimal recognition = importance == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(importance), 1, RoundingMode.HALF_UP);
        int coverage = (int) Math.round(evaluation.skillGap().coveredShare() * 100);
        return new PlanFigures(evaluation.totals().totalCost(), evaluation.totals().finish(), coverage, recognition);
    }
}
