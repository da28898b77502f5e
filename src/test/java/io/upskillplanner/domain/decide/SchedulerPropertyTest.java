package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.ScheduleMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchedulerPropertyTest {

    private final Goal goal = Fixtures.goal(Fixtures.profile("10", "1000", "EUR")).build();

    record Item(int effort, Integer fixedWeeks, Integer startOffsetDays, CandidateStatus status) {
    }

    @Property
    void addingWeeklyHoursNeverMakesTheFinishLater(@ForAll("items") List<Item> items,
                                                  @ForAll ScheduleMode mode,
                                                  @ForAll("hours") BigDecimal hours,
                                                  @ForAll("hours") BigDecimal extra) {
        List<CandidateWithCredential> candidates = candidates(items);

        Schedule fewer = Scheduler.schedule(candidates, mode, hours, TODAY, null);
        Schedule more = Scheduler.schedule(candidates, mode, hours.add(extra), TODAY, null);

        assertThat(more.finish()).isBeforeOrEqualTo(fewer.finish());
    }

    @Property
    void suggestedWeeklyHoursReallyMeetTheDeadline(@ForAll("items") List<Item> items, @ForAll ScheduleMode mode,
                                                   @ForAll("hours") BigDecimal hours) {
        List<CandidateWithCredential> candidates = candidates(items);
        Schedule schedule = Scheduler.schedule(candidates, mode, hours, TODAY, TODAY.plusWeeks(10));

        schedule.deadlineMiss().flatMap(DeadlineMiss::weeklyHoursNeeded).ifPresent(needed ->
                assertThat(Scheduler.schedule(candidates, mode, needed, TODAY, TODAY.plusWeeks(10)).meetsDeadline())
                        .isTrue());
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Item> item = Combinators.combine(
                Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(1, 20).injectNull(0.6),
                Arbitraries.integers().between(-30, 120).injectNull(0.6),
                Arbitraries.of(CandidateStatus.class)).as(Item::new);
        return item.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<BigDecimal> hours() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("40")).ofScale(1);
    }

    private List<CandidateWithCredential> candidates(List<Item> items) {
        List<CandidateWithCredential> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            candidates.add(Fixtures.candidate(goal,
                    Fixtures.credential("C" + i).effort(item.effort()).fixedWeeks(item.fixedWeeks()).build(),
                    item.status(), i, item.startOffsetDays() == null ? null : TODAY.plusDays(item.startOffsetDays())));
        }
        return candidates;
    }
}
