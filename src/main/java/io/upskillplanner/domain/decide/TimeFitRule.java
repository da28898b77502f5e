package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Time fit of the credential on its own, started today at the goal's weekly hours. With
 * ratio = its days / days until the deadline: 5 when ratio ≤ 0.5, 0 when ratio ≥ 1, linear in
 * between. No deadline gives 5; a deadline today or past gives 0; a completed one takes no time.
 */
final class TimeFitRule {

    static final double FULL_MARKS_SHARE = 0.5;

    private TimeFitRule() {
    }

    static Rating rate(long weeksAlone, BigDecimal weeklyHours, LocalDate today, LocalDate deadline,
                       boolean completed) {
        if (completed) {
            return new Rating(Criterion.MAX_RATING, Phrase.of("timeFit.completed"));
        }
        if (deadline == null) {
            return new Rating(Criterion.MAX_RATING, Phrase.of("timeFit.noDeadline"));
        }
        long daysAvailable = ChronoUnit.DAYS.between(today, deadline);
        if (daysAvailable <= 0) {
            return new Rating(0, Phrase.of("timeFit.deadlinePassed", deadline));
        }
        double ratio = (double) (weeksAlone * 7) / daysAvailable;
        return new Rating(ratingFor(ratio), Phrase.of("timeFit.share", weeksAlone, weeklyHours,
                Math.round(ratio * 100), deadline));
    }

    static double ratingFor(double ratio) {
        if (ratio <= FULL_MARKS_SHARE) {
            return Criterion.MAX_RATING;
        }
        if (ratio >= 1) {
            return 0;
        }
        return Criterion.MAX_RATING * (1 - ratio) / (1 - FULL_MARKS_SHARE);
    }
}
