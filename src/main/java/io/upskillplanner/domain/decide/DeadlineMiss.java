package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Candidate;

/**
 * How far a plan misses its deadline and what would make it fit: the weekly hours that would
 * (empty when no number up to {@link Scheduler#MAX_WEEKLY_HOURS} does), how many weeks later the
 * deadline would have to be, and the candidates whose removal alone would be enough.
 */
public record DeadlineMiss(long daysLate, long weeksToPostpone, Optional<BigDecimal> weeklyHoursNeeded,
                           List<Candidate> droppingAnyOneFits) {

    public DeadlineMiss {
        Objects.requireNonNull(weeklyHoursNeeded, "weeklyHoursNeeded");
        droppingAnyOneFits = List.copyOf(droppingAnyOneFits);
    }
}
