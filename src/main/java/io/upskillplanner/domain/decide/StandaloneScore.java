package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;

/**
 * A catalog credential scored for a goal as if it were the only candidate: the compare screen's
 * criteria and weights, with nothing else planned. The recommendation ranks options by it after
 * coverage and recognition.
 */
public final class StandaloneScore {

    private final CandidateScorer scorer;
    private final Goal goal;

    public StandaloneScore(Goal goal, ScoringWeights weights, Money budget, BigDecimal weeklyHours, LocalDate today) {
        this.scorer = new CandidateScorer(goal, weights, budget, weeklyHours, today);
        this.goal = goal;
    }

    /** @param cost what it costs over the horizon in the budget's currency; @param weeksAlone its weeks alone */
    public CandidateScore of(Credential credential, Money cost, long weeksAlone) {
        Candidate candidate = Candidate.create(goal.id(), credential.id(), 0);
        return scorer.score(new CandidateWithCredential(candidate, credential), cost, Money.zero(cost.currency()), 0,
                weeksAlone);
    }
}
