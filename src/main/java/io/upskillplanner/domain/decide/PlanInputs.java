package io.upskillplanner.domain.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;

/** Everything a goal's evaluation needs, as loaded from the store in one go. */
public record PlanInputs(
        Profile profile,
        Goal goal,
        List<CandidateWithCredential> candidates,
        List<SkillRef> earnedSkills,
        List<ExchangeRate> rates,
        ScoringWeights weights) {

    public PlanInputs {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(goal, "goal");
        candidates = List.copyOf(candidates);
        earnedSkills = List.copyOf(earnedSkills);
        rates = List.copyOf(rates);
        Objects.requireNonNull(weights, "weights");
    }

    public PlanEvaluation evaluate(LocalDate today) {
        return new PlanEvaluator().evaluate(profile, goal, candidates, earnedSkills, rates, weights, today);
    }

    /** The same inputs scored with other weights: what the weight sliders preview. */
    public PlanInputs withWeights(ScoringWeights other) {
        return new PlanInputs(profile, goal, candidates, earnedSkills, rates, other);
    }
}
