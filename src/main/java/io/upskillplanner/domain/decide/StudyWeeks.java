package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.upskillplanner.domain.DomainRuleException;

/**
 * Whole weeks a credential occupies: ⌈effort ÷ hours per week⌉, but never less than a fixed
 * (cohort) length. Rounded up because a started week is a week of the calendar gone; zero effort
 * without a fixed length takes zero weeks.
 */
public final class StudyWeeks {

    private StudyWeeks() {
    }

    /** With {@code sharedBy} credentials studied side by side, each gets that share of the weekly hours. */
    public static long of(int effortHours, Integer fixedDurationWeeks, BigDecimal weeklyHours, int sharedBy) {
        if (weeklyHours.signum() <= 0) {
            throw new DomainRuleException("error.domain.weeklyHours", weeklyHours.toPlainString());
        }
        // effort × n ÷ hours rather than effort ÷ (hours ÷ n): the latter would round the share first.
        long byEffort = BigDecimal.valueOf((long) effortHours * Math.max(1, sharedBy))
                .divide(weeklyHours, 0, RoundingMode.CEILING).longValueExact();
        return fixedDurationWeeks == null ? byEffort : Math.max(byEffort, fixedDurationWeeks);
    }
}
