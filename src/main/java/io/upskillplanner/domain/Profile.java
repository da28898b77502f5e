package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** A person being planned for: the user themself or a counselor's client. */
public record Profile(
        UUID id,
        String name,
        ProfileKind kind,
        String currentRole,
        String currentIndustry,
        BigDecimal weeklyHours,
        Money budget,
        BigDecimal salaryNow,
        String notes,
        boolean sampleData,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        int version) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(budget, "budget");
    }

    /** A new, unsaved profile with a fresh id. */
    public static Profile create(String name, ProfileKind kind, BigDecimal weeklyHours, Money budget) {
        LocalDateTime now = LocalDateTime.now();
        return new Profile(UUID.randomUUID(), name, kind, null, null, weeklyHours, budget, null, null,
                false, now, now, 0);
    }

    public String currency() {
        return budget.currency();
    }
}
