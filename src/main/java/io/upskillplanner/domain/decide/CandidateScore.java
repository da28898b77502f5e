package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.DomainRuleException;

/** A candidate's score from 0 to 100 (one decimal) with one breakdown line per criterion. */
public record CandidateScore(BigDecimal points, List<CriterionScore> breakdown) {

    public CandidateScore {
        Objects.requireNonNull(points, "points");
        breakdown = List.copyOf(breakdown);
    }

    public CriterionScore of(Criterion criterion) {
        for (CriterionScore line : breakdown) {
            if (line.criterion() == criterion) {
                return line;
            }
        }
        throw new DomainRuleException("error.domain.noBreakdownLine", criterion);
    }
}
