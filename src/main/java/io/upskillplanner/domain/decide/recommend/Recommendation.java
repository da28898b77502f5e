package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.Phrase;

/**
 * The answer for one goal: the best plan and, when asked, the alternatives; why strong
 * credentials were left out; when the best plan does not cover everything the catalogue could,
 * the smallest changes that would let it ({@code toFit}); and notes (held credentials, skills
 * nothing teaches, entries without an exchange rate). The counts say how far pre-filtering cut
 * the catalogue: {@code considered} teach a goal skill, {@code options} reached the solver.
 */
public record Recommendation(
        Money budget,
        BigDecimal weeklyHours,
        Optional<LocalDate> deadline,
        ScheduleMode mode,
        LocalDate today,
        List<RecommendedPlan> plans,
        List<Phrase> leftOut,
        List<Phrase> toFit,
        List<Phrase> notes,
        int catalogueSize,
        int considered,
        int options,
        long nanosToFirstPlan,
        long nanosTotal) {

    public Recommendation {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(today, "today");
        plans = List.copyOf(plans);
        leftOut = List.copyOf(leftOut);
        toFit = List.copyOf(toFit);
        notes = List.copyOf(notes);
    }

    public RecommendedPlan best() {
        return plans.get(0);
    }

    public Optional<RecommendedPlan> plan(PlanKind kind) {
        return plans.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Proven optimal when every plan's search ran to its end. */
    public boolean proven() {
        return plans.stream().allMatch(p -> p.status().proven());
    }
}
