package io.upskillplanner.domain.decide;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The timeline of a goal's planned candidates, how it ends against the deadline, and what to change. */
public record Schedule(List<ScheduleEntry> entries, LocalDate finish, Optional<LocalDate> deadline,
                       Optional<DeadlineMiss> deadlineMiss, List<Phrase> warnings) {

    public Schedule {
        entries = List.copyOf(entries);
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(deadlineMiss, "deadlineMiss");
        warnings = List.copyOf(warnings);
    }

    /** Days from the finish to the deadline: positive when early, negative when late; empty without deadline. */
    public OptionalLong daysBeforeDeadline() {
        return deadline.map(d -> OptionalLong.of(ChronoUnit.DAYS.between(finish, d))).orElse(OptionalLong.empty());
    }

    public boolean meetsDeadline() {
        return deadline.map(d -> !finish.isAfter(d)).orElse(true);
    }

    public Optional<ScheduleEntry> entryFor(UUID candidateId) {
        for (ScheduleEntry entry : entries) {
            if (entry.candidate().id().equals(candidateId)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
