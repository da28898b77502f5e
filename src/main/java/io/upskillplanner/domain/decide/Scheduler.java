package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ScheduleMode;

/**
 * Lays a goal's planned candidates (chosen, enrolled, completed) out in time, in their order.
 * Completed candidates take no time. See {@link PlanTimeline} for the sequential and parallel rules.
 */
public final class Scheduler {

    /** The most weekly hours the app accepts (as the database does); suggestions never go beyond it. */
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("80");

    /** Suggested weekly hours are multiples of half an hour: finer would be false precision. */
    static final BigDecimal HOURS_STEP = new BigDecimal("0.5");

    /** A warning is read, not scanned: beyond a handful of titles only the count helps. */
    private static final int MAX_TITLES_LISTED = 5;

    static final Comparator<CandidateWithCredential> PLAN_ORDER =
            Comparator.<CandidateWithCredential>comparingInt(c -> c.candidate().order())
                    .thenComparing(c -> c.credential().title())
                    .thenComparing(c -> c.candidate().id());

    private Scheduler() {
    }

    /** Weeks the credential takes when studied on its own at the given weekly hours. */
    public static long weeksAlone(Credential credential, BigDecimal weeklyHours) {
        return StudyWeeks.of(credential.effortHours(), credential.fixedDurationWeeks(), weeklyHours, 1);
    }

    public static Schedule schedule(List<CandidateWithCredential> candidates, ScheduleMode mode,
                                    BigDecimal weeklyHours, LocalDate today, LocalDate deadline) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(today, "today");
        if (weeklyHours.signum() <= 0) {
            throw new DomainRuleException("error.domain.weeklyHours", weeklyHours.toPlainString());
        }
        List<CandidateWithCredential> planned = candidates.stream()
                .filter(c -> c.candidate().isInPlan())
                .sorted(PLAN_ORDER)
                .toList();
        List<CandidateWithCredential> active = planned.stream()
                .filter(c -> c.candidate().status() != CandidateStatus.COMPLETED)
                .toList();

        PlanTimeline timeline = new PlanTimeline(active, mode, today);
        int sharedBy = timeline.sharedBy(PlanTimeline.NONE_EXCLUDED);
        long[] weeks = timeline.weeks(weeklyHours, sharedBy);
        long[] starts = timeline.startDays(weeks, PlanTimeline.NONE_EXCLUDED);
        BigDecimal hoursEach = weeklyHours.divide(BigDecimal.valueOf(Math.max(1, sharedBy)), 2,
                RoundingMode.HALF_EVEN).stripTrailingZeros();

        List<ScheduleEntry> entries = new ArrayList<>(planned.size());
        int activeIndex = 0;
        for (CandidateWithCredential c : planned) {
            if (c.candidate().status() == CandidateStatus.COMPLETED) {
                entries.add(new ScheduleEntry(c.candidate(), 0, BigDecimal.ZERO, today, today));
            } else {
                LocalDate start = LocalDate.ofEpochDay(starts[activeIndex]);
                entries.add(new ScheduleEntry(c.candidate(), weeks[activeIndex], hoursEach, start,
                        start.plusWeeks(weeks[activeIndex])));
                activeIndex++;
            }
        }
        LocalDate finish = LocalDate.ofEpochDay(timeline.finishDay(weeks, PlanTimeline.NONE_EXCLUDED));

        List<Phrase> warnings = new ArrayList<>();
        Optional<DeadlineMiss> miss = Optional.empty();
        if (deadline != null) {
            if (deadline.isBefore(today)) {
                warnings.add(Phrase.of("schedule.deadlinePassed", deadline));
            }
            if (finish.isAfter(deadline)) {
                List<CandidateWithCredential> droppable = droppingAnyOneFits(timeline, active, weeks, weeklyHours,
                        deadline);
                DeadlineMiss deadlineMiss = deadlineMiss(timeline, droppable, finish, deadline);
                miss = Optional.of(deadlineMiss);
                warnings.addAll(suggestions(deadlineMiss, droppable, weeklyHours, finish, deadline));
            }
        }
        return new Schedule(entries, finish, Optional.ofNullable(deadline), miss, warnings);
    }

    private static DeadlineMiss deadlineMiss(PlanTimeline timeline, List<CandidateWithCredential> droppable,
                                             LocalDate finish, LocalDate deadline) {
        long daysLate = ChronoUnit.DAYS.between(deadline, finish);
        long weeksToPostpone = (daysLate + 6) / 7;
        List<Candidate> droppingFits = droppable.stream().map(CandidateWithCredential::candidate).toList();
        return new DeadlineMiss(daysLate, weeksToPostpone, weeklyHoursNeeded(timeline, deadline.toEpochDay()),
                droppingFits);
    }

    private static List<CandidateWithCredential> droppingAnyOneFits(PlanTimeline timeline,
                                                                    List<CandidateWithCredential> active,
                                                                    long[] weeks, BigDecimal weeklyHours,
                                                                    LocalDate deadline) {
        // Sequentially durations do not change when one is dropped; in parallel each gets a larger share.
        long[] weeksWithOneFewer = timeline.sharedBy(0) == timeline.sharedBy(PlanTimeline.NONE_EXCLUDED)
                ? weeks
                : timeline.weeks(weeklyHours, Math.max(1, timeline.sharedBy(0)));
        List<CandidateWithCredential> droppable = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.finishDay(weeksWithOneFewer, i) <= deadline.toEpochDay()) {
                droppable.add(active.get(i));
            }
        }
        return droppable;
    }

    /** The fewest half-hours per week that meet the deadline; finishing is monotone in hours, so bisect. */
    private static Optional<BigDecimal> weeklyHoursNeeded(PlanTimeline timeline, long deadlineDay) {
        int maxSteps = MAX_WEEKLY_HOURS.divide(HOURS_STEP).intValueExact();
        if (timeline.finishDay(HOURS_STEP.multiply(BigDecimal.valueOf(maxSteps))) > deadlineDay) {
            return Optional.empty();
        }
        int low = 1;
        int high = maxSteps;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timeline.finishDay(HOURS_STEP.multiply(BigDecimal.valueOf(mid))) <= deadlineDay) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Optional.of(HOURS_STEP.multiply(BigDecimal.valueOf(low)).stripTrailingZeros());
    }

    private static List<Phrase> suggestions(DeadlineMiss miss, List<CandidateWithCredential> droppable,
                                            BigDecimal weeklyHours, LocalDate finish, LocalDate deadline) {
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("schedule.finishesLate", finish, miss.daysLate(), deadline));
        lines.add(miss.weeklyHoursNeeded()
                .map(hours -> Phrase.of("schedule.moreHours", hours, weeklyHours))
                .orElse(Phrase.of("schedule.noHoursEnough", MAX_WEEKLY_HOURS)));
        lines.add(Phrase.of("schedule.postpone", miss.weeksToPostpone(), deadline.plusWeeks(miss.weeksToPostpone())));
        if (droppable.isEmpty()) {
            lines.add(Phrase.of("schedule.noSingleDrop"));
        } else {
            List<Phrase> titles = droppable.stream().limit(MAX_TITLES_LISTED)
                    .map(c -> Phrase.of("quoted", c.credential().title())).toList();
            int more = droppable.size() - titles.size();
            lines.add(droppable.size() == 1 ? Phrase.of("schedule.dropOne", titles)
                    : more > 0 ? Phrase.of("schedule.dropAnyMore", titles, more)
                    : Phrase.of("schedule.dropAny", titles));
        }
        return lines;
    }
}
