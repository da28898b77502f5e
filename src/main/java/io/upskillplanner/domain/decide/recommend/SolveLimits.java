package io.upskillplanner.domain.decide.recommend;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.upskillplanner.domain.DomainRuleException;

/**
 * How long a search may take and how the caller stops it early: the flag is polled, never an
 * interrupt, so a cancel cannot land in the middle of someone's file I/O.
 */
public record SolveLimits(Duration timeLimit, BooleanSupplier cancelled) {

    /**
     * The search stops at this limit; stopping it, the answer's explanations and the return take a
     * few milliseconds more, so a search that is not proven by then still answers within 2 s.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(1800);

    public SolveLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(cancelled, "cancelled");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new DomainRuleException("error.domain.timeLimit", timeLimit);
        }
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, () -> false);
    }

    /** The same cancel flag with what is left of the time after {@code spentNanos}; at least a millisecond. */
    SolveLimits remainingAfter(long spentNanos) {
        Duration left = timeLimit.minusNanos(spentNanos);
        return new SolveLimits(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left, cancelled);
    }
}
