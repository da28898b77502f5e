package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.ScheduleMode;

/**
 * The arithmetic of a schedule over the candidates that still take time, on epoch days, so that
 * the what-if questions (other hours, one candidate fewer) are cheap to ask many times.
 */
final class PlanTimeline {

    static final int NONE_EXCLUDED = -1;

    private final ScheduleMode mode;
    private final long todayDay;
    private final int[] effortHours;
    private final Integer[] fixedWeeks;
    private final long[] earliestStartDay;

    PlanTimeline(List<CandidateWithCredential> active, ScheduleMode mode, LocalDate today) {
        this.mode = mode;
        this.todayDay = today.toEpochDay();
        int n = active.size();
        effortHours = new int[n];
        fixedWeeks = new Integer[n];
        earliestStartDay = new long[n];
        for (int i = 0; i < n; i++) {
            Credential credential = active.get(i).credential();
            LocalDate plannedStart = active.get(i).candidate().plannedStart();
            effortHours[i] = credential.effortHours();
            fixedWeeks[i] = credential.fixedDurationWeeks();
            earliestStartDay[i] = plannedStart == null ? todayDay : Math.max(todayDay, plannedStart.toEpochDay());
        }
    }

    int size() {
        return effortHours.length;
    }

    /** How many credentials split the weekly hours when {@code excluded} is left out. */
    int sharedBy(int excluded) {
        if (mode == ScheduleMode.SEQUENTIAL) {
            return 1;
        }
        return size() - (excluded == NONE_EXCLUDED ? 0 : 1);
    }

    long[] weeks(BigDecimal weeklyHours, int sharedBy) {
        long[] weeks = new long[size()];
        for (int i = 0; i < weeks.length; i++) {
            weeks[i] = StudyWeeks.of(effortHours[i], fixedWeeks[i], weeklyHours, sharedBy);
        }
        return weeks;
    }

    /**
     * Start days for the given durations. Sequential: each starts when the previous finishes or at
     * its planned start if later. Parallel: each starts at its planned start (or today); hours stay
     * split for its whole length even if the others start later, which errs on the late side.
     */
    long[] startDays(long[] weeks, int excluded) {
        long[] starts = new long[size()];
        long cursor = todayDay;
        for (int i = 0; i < starts.length; i++) {
            if (i == excluded) {
                continue;
            }
            if (mode == ScheduleMode.SEQUENTIAL) {
                starts[i] = Math.max(cursor, earliestStartDay[i]);
                cursor = starts[i] + 7 * weeks[i];
            } else {
                starts[i] = earliestStartDay[i];
            }
        }
        return starts;
    }

    /** Same rules as {@link #startDays}, without allocating: it runs once per what-if. */
    long finishDay(long[] weeks, int excluded) {
        long cursor = todayDay;
        long finish = todayDay;
        for (int i = 0; i < weeks.length; i++) {
            if (i == excluded) {
                continue;
            }
            long start = mode == ScheduleMode.SEQUENTIAL ? Math.max(cursor, earliestStartDay[i]) : earliestStartDay[i];
            cursor = start + 7 * weeks[i];
            finish = Math.max(finish, cursor);
        }
        return finish;
    }

    long finishDay(BigDecimal weeklyHours) {
        return finishDay(weeks(weeklyHours, sharedBy(NONE_EXCLUDED)), NONE_EXCLUDED);
    }
}
