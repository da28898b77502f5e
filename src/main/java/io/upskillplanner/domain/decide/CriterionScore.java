package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a score's breakdown: the 0–5 rating, the weight it had, the points it contributed
 * (the contributions of a score add up to the score exactly) and why it got that rating.
 */
public record CriterionScore(Criterion criterion, double rating, double weight, BigDecimal points,
                             Phrase explanation) {

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(explanation, "explanation");
    }
}
