package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.MathContext;

import io.upskillplanner.domain.Money;

/**
 * Cost fit against the remaining budget: the goal's budget minus what the other planned
 * candidates cost. With ratio = cost / remaining: 5 when ratio ≤ 0.25, 0 when ratio ≥ 1,
 * linear in between. Something that costs nothing fits any budget, even an exhausted one; anything
 * else gets 0 once nothing remains.
 */
final class CostFitRule {

    static final BigDecimal FULL_MARKS_SHARE = new BigDecimal("0.25");

    private CostFitRule() {
    }

    static Rating rate(Money cost, Money budget, Money otherPlanned, int otherPlannedCount) {
        Money remaining = budget.minus(otherPlanned);
        Phrase remainingText = Phrase.of("costFit.remaining", remaining, budget, otherPlanned, otherPlannedCount);
        if (cost.isZero()) {
            return new Rating(Criterion.MAX_RATING, Phrase.of("costFit.free"));
        }
        if (remaining.amount().signum() <= 0) {
            return new Rating(0, Phrase.of("costFit.nothingLeft", cost, remainingText));
        }
        BigDecimal ratio = cost.amount().divide(remaining.amount(), MathContext.DECIMAL64);
        double rating = ratingFor(ratio.doubleValue());
        return new Rating(rating, Phrase.of("costFit.share", cost, percent(ratio), remainingText));
    }

    static double ratingFor(double ratio) {
        double full = FULL_MARKS_SHARE.doubleValue();
        if (ratio <= full) {
            return Criterion.MAX_RATING;
        }
        if (ratio >= 1) {
            return 0;
        }
        return Criterion.MAX_RATING * (1 - ratio) / (1 - full);
    }

    private static long percent(BigDecimal ratio) {
        return Math.round(ratio.doubleValue() * 100);
    }
}
