package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;

/** Rates every criterion for the candidates of one goal; what depends only on the goal is prepared once. */
final class CandidateScorer {

    private final String targetIndustry;
    private final SkillCoverageRule skillCoverage;
    private final ScoringWeights weights;
    private final Money budget;
    private final BigDecimal weeklyHours;
    private final LocalDate today;
    private final LocalDate deadline;

    CandidateScorer(Goal goal, ScoringWeights weights, Money budget, BigDecimal weeklyHours, LocalDate today) {
        this.targetIndustry = goal.targetIndustry();
        this.skillCoverage = new SkillCoverageRule(goal.skills());
        this.weights = weights;
        this.budget = budget;
        this.weeklyHours = weeklyHours;
        this.today = today;
        this.deadline = goal.deadline();
    }

    /**
     * @param cost          what the candidate costs within the horizon, in the profile currency
     * @param otherPlanned  what the other planned candidates cost, in the profile currency
     * @param weeksAlone    its duration studied on its own at the goal's weekly hours
     */
    CandidateScore score(CandidateWithCredential candidate, Money cost, Money otherPlanned, int otherPlannedCount,
                         long weeksAlone) {
        Credential credential = candidate.credential();
        boolean completed = candidate.candidate().status() == CandidateStatus.COMPLETED;
        Map<Criterion, Rating> ratings = new EnumMap<>(Criterion.class);
        ratings.put(Criterion.RECOGNITION, RecognitionRule.rate(credential, targetIndustry));
        ratings.put(Criterion.SKILL_COVERAGE, skillCoverage.rate(credential.skills()));
        ratings.put(Criterion.ACCREDITATION, QualityRules.accreditation(credential.quality()));
        ratings.put(Criterion.CURRICULUM, QualityRules.curriculum(credential.quality()));
        ratings.put(Criterion.INSTRUCTORS, QualityRules.instructors(credential.quality()));
        ratings.put(Criterion.CAREER_SUPPORT, QualityRules.careerSupport(credential.quality()));
        ratings.put(Criterion.COST_FIT, CostFitRule.rate(cost, budget, otherPlanned, otherPlannedCount));
        ratings.put(Criterion.TIME_FIT, TimeFitRule.rate(weeksAlone, weeklyHours, today, deadline, completed));
        return WeightedScore.of(ratings, weights);
    }
}
