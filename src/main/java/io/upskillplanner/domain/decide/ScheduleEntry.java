package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;

/**
 * When one planned candidate is studied: from {@code start} for {@code weeks} weeks at
 * {@code weeklyHours}, ending on {@code finish}. A completed candidate takes no time: zero weeks,
 * starting and finishing on the planning day.
 */
public record ScheduleEntry(Candidate candidate, long weeks, BigDecimal weeklyHours, LocalDate start,
                            LocalDate finish) {

    public ScheduleEntry {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
    }

    public boolean isCompleted() {
        return candidate.status() == CandidateStatus.COMPLETED;
    }
}
