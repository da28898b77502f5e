package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.CandidateStatus.CHOSEN;
import static io.upskillplanner.domain.CandidateStatus.COMPLETED;
import static io.upskillplanner.domain.CandidateStatus.CONSIDERING;
import static io.upskillplanner.domain.CandidateStatus.DROPPED;
import static io.upskillplanner.domain.CandidateStatus.ENROLLED;
import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.ScheduleMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulerTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private final Goal goal = Fixtures.goal(Fixtures.profile("10", "1000", "EUR")).build();

    @ParameterizedTest(name = "{0} h at {1} h/week, fixed {2}: {3} weeks")
    @CsvSource(textBlock = """
            # effort, weekly hours, fixed weeks, weeks
                40, 10,   ,  4
                41, 10,   ,  5
                25, 7.5,  ,  4
                 0, 10,   ,  0
                 0, 10,  3,  3
                40, 10, 12, 12
                40,  2, 12, 20
            """)
    void weeksAreEffortOverWeeklyHoursRoundedUpButNeverShorterThanAFixedLength(int effort, BigDecimal hours,
                                                                               Integer fixed, long weeks) {
        Credential credential = Fixtures.credential("C").effort(effort).fixedWeeks(fixed).build();

        assertThat(Scheduler.weeksAlone(credential, hours)).isEqualTo(weeks);
    }

    @Test
    void sequentialCandidatesFollowOneAnotherInTheirOrder() {
        CandidateWithCredential second = planned("B", 25, 2);
        CandidateWithCredential first = planned("A", 40, 1);

        Schedule schedule = Scheduler.schedule(List.of(second, first), ScheduleMode.SEQUENTIAL, TEN, TODAY, null);

        assertThat(schedule.entries()).extracting(e -> e.candidate().id())
                .containsExactly(first.candidate().id(), second.candidate().id());
        assertThat(schedule.entries().get(0).start()).isEqualTo(TODAY);
        assertThat(schedule.entries().get(0).finish()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(schedule.entries().get(1).start()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(schedule.entries().get(1).finish()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(schedule.finish()).isEqualTo(LocalDate.of(2025, 2, 24));
    }

    @Test
    void laterPlannedStartLeavesAGapAndPastPlannedStartMeansToday() {
        CandidateWithCredential early = Fixtures.candidate(goal, Fixtures.credential("A").effort(10).build(), CHOSEN,
                1, TODAY.minusMonths(2));
        CandidateWithCredential late = Fixtures.candidate(goal, Fixtures.credential("B").effort(10).build(), CHOSEN,
                2, LocalDate.of(2025, 3, 10));

        Schedule schedule = Scheduler.schedule(List.of(early, late), ScheduleMode.SEQUENTIAL, TEN, TODAY, null);

        assertThat(schedule.entries().get(0).start()).isEqualTo(TODAY);
        assertThat(schedule.entries().get(1).start()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(schedule.finish()).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void fixedCohortLengthHoldsEvenWhenTheEffortWouldBeDoneSooner() {
        CandidateWithCredential cohort = Fixtures.candidate(goal,
                Fixtures.credential("Bootcamp").effort(40).fixedWeeks(12).build(), ENROLLED, 1);

        Schedule schedule = Scheduler.schedule(List.of(cohort), ScheduleMode.SEQUENTIAL, TEN, TODAY, null);

        assertThat(schedule.entries().get(0).weeks()).isEqualTo(12);
        assertThat(schedule.finish()).isEqualTo(TODAY.plusWeeks(12));
    }

    @Test
    void parallelCandidatesStartTogetherAndSplitTheWeeklyHours() {
        CandidateWithCredential a = planned("A", 40, 1);
        CandidateWithCredential b = Fixtures.candidate(goal, Fixtures.credential("B").effort(20).fixedWeeks(6).build(),
                CHOSEN, 2);

        Schedule schedule = Scheduler.schedule(List.of(a, b), ScheduleMode.PARALLEL, TEN, TODAY, null);

        assertThat(schedule.entries()).allSatisfy(e -> {
            assertThat(e.start()).isEqualTo(TODAY);
            assertThat(e.weeklyHours()).isEqualByComparingTo("5");
        });
        // 40 h at 5 h/week = 8 weeks; 20 h at 5 h/week = 4 weeks, but the cohort runs 6.
        assertThat(schedule.entries()).extracting(ScheduleEntry::weeks).containsExactly(8L, 6L);
        assertThat(schedule.finish()).isEqualTo(TODAY.plusWeeks(8));
    }

    @Test
    void completedCandidatesTakeNoTimeAndDoNotShareHours() {
        CandidateWithCredential done = Fixtures.candidate(goal, Fixtures.credential("Done").effort(400).build(),
                COMPLETED, 1);
        CandidateWithCredential next = planned("Next", 40, 2);

        Schedule sequential = Scheduler.schedule(List.of(done, next), ScheduleMode.SEQUENTIAL, TEN, TODAY, null);
        Schedule parallel = Scheduler.schedule(List.of(done, next), ScheduleMode.PARALLEL, TEN, TODAY, null);

        assertThat(sequential.entries().get(0).weeks()).isZero();
        assertThat(sequential.entries().get(0).isCompleted()).isTrue();
        assertThat(sequential.entries().get(1).start()).isEqualTo(TODAY);
        assertThat(sequential.finish()).isEqualTo(TODAY.plusWeeks(4));
        assertThat(parallel.entries().get(1).weeks()).isEqualTo(4);
    }

    @Test
    void candidatesOutsideThePlanAreNotScheduled() {
        CandidateWithCredential considering = Fixtures.candidate(goal, Fixtures.credential("C").build(), CONSIDERING,
                1);
        CandidateWithCredential dropped = Fixtures.candidate(goal, Fixtures.credential("D").build(), DROPPED, 2);

        Schedule schedule = Scheduler.schedule(List.of(considering, dropped), ScheduleMode.SEQUENTIAL, TEN, TODAY,
                TODAY.plusWeeks(1));

        assertThat(schedule.entries()).isEmpty();
        assertThat(schedule.finish()).isEqualTo(TODAY);
        assertThat(schedule.meetsDeadline()).isTrue();
        assertThat(schedule.warnings()).isEmpty();
    }

    @Test
    void withoutDeadlineThereIsNothingToMiss() {
        Schedule schedule = Scheduler.schedule(List.of(planned("A", 4000, 1)), ScheduleMode.SEQUENTIAL, TEN, TODAY,
                null);

        assertThat(schedule.meetsDeadline()).isTrue();
        assertThat(schedule.daysBeforeDeadline()).isEmpty();
        assertThat(schedule.deadlineMiss()).isEmpty();
    }

    @Test
    void earlyFinishCountsTheDaysToSpare() {
        Schedule schedule = Scheduler.schedule(List.of(planned("A", 40, 1)), ScheduleMode.SEQUENTIAL, TEN, TODAY,
                TODAY.plusWeeks(5));

        assertThat(schedule.daysBeforeDeadline()).hasValue(7);
        assertThat(schedule.warnings()).isEmpty();
    }

    @Test
    void lateFinishSuggestsHoursPostponementAndWhichSingleCandidateToDrop() {
        CandidateWithCredential a = planned("Analytics", 40, 1);
        CandidateWithCredential b = planned("Basics", 20, 2);
        CandidateWithCredential c = planned("Coding", 30, 3);
        LocalDate deadline = TODAY.plusWeeks(5);

        Schedule schedule = Scheduler.schedule(List.of(a, b, c), ScheduleMode.SEQUENTIAL, TEN, TODAY, deadline);

        // 4 + 2 + 3 = 9 weeks against 5.
        assertThat(schedule.daysBeforeDeadline()).hasValue(-28);
        DeadlineMiss miss = schedule.deadlineMiss().orElseThrow();
        assertThat(miss.daysLate()).isEqualTo(28);
        assertThat(miss.weeksToPostpone()).isEqualTo(4);
        assertThat(miss.weeklyHoursNeeded()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("20"));
        assertThat(miss.droppingAnyOneFits()).containsExactly(a.candidate());
        assertThat(schedule.warnings()).extracting(Phrase::english).containsExactly(
                "The plan finishes on 2025-03-10, 28 days after the deadline 2025-02-10.",
                "Studying 20 h/week instead of 10 would meet the deadline.",
                "Moving the deadline 4 weeks later, to 2025-03-10, would fit the plan.",
                "Dropping \"Analytics\" would make the plan fit.");
    }

    @Test
    void weeklyHoursNeededAreTheFewestHalfHoursThatFit() {
        Schedule schedule = Scheduler.schedule(List.of(planned("A", 40, 1), planned("B", 60, 2)),
                ScheduleMode.SEQUENTIAL, TEN, TODAY, TODAY.plusWeeks(8));

        // At 13 h/week: 4 + 5 = 9 weeks; at 13.5: 3 + 5 = 8.
        assertThat(schedule.deadlineMiss().orElseThrow().weeklyHoursNeeded())
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("13.5"));
    }

    @Test
    void droppingOneInParallelAlsoGivesTheOthersMoreHours() {
        // Three of 40 h at 10 h/week shared: 12 weeks each; two shared: 8 weeks.
        List<CandidateWithCredential> three = List.of(planned("A", 40, 1), planned("B", 40, 2), planned("C", 40, 3));

        Schedule schedule = Scheduler.schedule(three, ScheduleMode.PARALLEL, TEN, TODAY, TODAY.plusWeeks(8));

        assertThat(schedule.finish()).isEqualTo(TODAY.plusWeeks(12));
        assertThat(schedule.deadlineMiss().orElseThrow().droppingAnyOneFits()).hasSize(3);
        assertThat(schedule.deadlineMiss().orElseThrow().weeklyHoursNeeded())
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("15"));
        assertThat(schedule.warnings()).extracting(Phrase::english).contains(
                "Dropping any one of \"A\", \"B\", \"C\" would make the plan fit.");
    }

    @Test
    void fixedLengthBeyondTheDeadlineCannotBeFixedWithHours() {
        CandidateWithCredential cohort = Fixtures.candidate(goal,
                Fixtures.credential("Cohort").effort(10).fixedWeeks(12).build(), CHOSEN, 1);
        CandidateWithCredential other = planned("Other", 10, 2);

        Schedule schedule = Scheduler.schedule(List.of(cohort, other), ScheduleMode.SEQUENTIAL, TEN, TODAY,
                TODAY.plusWeeks(8));

        DeadlineMiss miss = schedule.deadlineMiss().orElseThrow();
        assertThat(miss.weeklyHoursNeeded()).isEmpty();
        assertThat(miss.droppingAnyOneFits()).containsExactly(cohort.candidate());
        assertThat(schedule.warnings()).extracting(Phrase::english)
                .contains("Even 80 h/week would not meet the deadline: fixed course lengths"
                + " or planned start dates set the pace.");
    }

    @Test
    void passedDeadlineIsWarnedAbout() {
        Schedule schedule = Scheduler.schedule(List.of(planned("A", 40, 1), planned("B", 40, 2)),
                ScheduleMode.SEQUENTIAL, TEN, TODAY, TODAY.minusDays(3));

        assertThat(schedule.warnings()).extracting(Phrase::english).first()
                .isEqualTo("The deadline 2025-01-03 has already passed.");
        assertThat(schedule.warnings()).extracting(Phrase::english)
                .contains("Dropping any single credential would not be enough.");
        assertThat(schedule.deadlineMiss().orElseThrow().weeklyHoursNeeded()).isEmpty();
    }

    @Test
    void weeklyHoursMustBePositive() {
        assertThatThrownBy(() -> Scheduler.schedule(List.of(), ScheduleMode.SEQUENTIAL, BigDecimal.ZERO, TODAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Weekly hours must be positive");
    }

    private CandidateWithCredential planned(String title, int effort, int order) {
        return Fixtures.candidate(goal, Fixtures.credential(title).effort(effort).build(), CHOSEN, order);
    }
}
