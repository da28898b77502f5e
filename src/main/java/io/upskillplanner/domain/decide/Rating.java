package io.upskillplanner.domain.decide;

import java.util.Objects;

/** A criterion's rating before weighting, kept to two decimals so what is shown is what is summed. */
record Rating(double value, Phrase explanation) {

    Rating {
        Objects.requireNonNull(explanation, "explanation");
        double clamped = Math.max(0, Math.min(Criterion.MAX_RATING, value));
        value = Math.round(clamped * 100) / 100.0;
    }
}
