package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.upskillplanner.domain.CandidateStatus;

/**
 * When a candidate would be studied, as the compare screen, the command line and the report show
 * it: its place in the schedule when it is in the plan, else started today on its own at the
 * goal's weekly hours. A completed candidate takes no time.
 */
public record CandidateTiming(long weeks, LocalDate start, LocalDate finish, boolean scheduled) {

    public CandidateTiming {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
    }

    public static CandidateTiming of(CandidateEvaluation evaluation, BigDecimal weeklyHours, LocalDate today) {
        if (evaluation.scheduleEntry().isPresent()) {
            ScheduleEntry entry = evaluation.scheduleEntry().get();
            return new CandidateTiming(entry.weeks(), entry.start(), entry.finish(), true);
        }
        long weeks = evaluation.candidate().status() == CandidateStatus.COMPLETED ? 0
                : Scheduler.weeksAlone(evaluation.credential(), weeklyHours);
        return new CandidateTiming(weeks, today, today.plusWeeks(weeks), false);
    }
}
