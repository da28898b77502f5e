package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.upskillplanner.domain.DomainRuleException;

/** Turns ratings into a 0–100 score whose per-criterion contributions add up to it exactly. */
final class WeightedScore {

    private static final double POINTS_PER_RATING_STEP = 100.0 / Criterion.MAX_RATING;

    private WeightedScore() {
    }

    static CandidateScore of(Map<Criterion, Rating> ratings, ScoringWeights weights) {
        Criterion[] criteria = Criterion.values();
        double totalWeight = weights.total();
        double[] exactPoints = new double[criteria.length];
        double sum = 0;
        for (int i = 0; i < criteria.length; i++) {
            Rating rating = ratings.get(criteria[i]);
            if (rating == null) {
                throw new DomainRuleException("error.domain.noRating", criteria[i]);
            }
            exactPoints[i] = rating.value() * weights.of(criteria[i]) / totalWeight * POINTS_PER_RATING_STEP;
            sum += exactPoints[i];
        }
        long scoreTenths = Math.max(0, Math.min(1000, Math.round(sum * 10)));
        long[] tenths = apportion(exactPoints, scoreTenths);

        List<CriterionScore> breakdown = new ArrayList<>(criteria.length);
        for (int i = 0; i < criteria.length; i++) {
            Rating rating = ratings.get(criteria[i]);
            breakdown.add(new CriterionScore(criteria[i], rating.value(), weights.of(criteria[i]),
                    BigDecimal.valueOf(tenths[i], 1), rating.explanation()));
        }
        return new CandidateScore(BigDecimal.valueOf(scoreTenths, 1), breakdown);
    }

    /**
     * Largest-remainder rounding to tenths: rounding each contribution on its own could make the
     * shown lines disagree with the shown total by a tenth or two.
     */
    private static long[] apportion(double[] exactPoints, long targetTenths) {
        int n = exactPoints.length;
        long[] tenths = new long[n];
        double[] remainders = new double[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            double scaled = exactPoints[i] * 10;
            tenths[i] = (long) Math.floor(scaled + 1e-9);
            remainders[i] = scaled - tenths[i];
            assigned += tenths[i];
        }
        long missing = targetTenths - assigned;
        while (missing > 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                best = indexOfLargest(tenths);
            }
            tenths[best]++;
            remainders[best] = 0;
            missing--;
        }
        while (missing < 0) {
            tenths[indexOfLargest(tenths)]--;
            missing++;
        }
        return tenths;
    }

    private static int indexOfLargest(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
