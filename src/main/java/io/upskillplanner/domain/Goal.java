package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A career goal of one profile. Budget cap and weekly hours are optional here; when absent the
 * profile's own figures apply.
 */
public record Goal(
        UUID id,
        UUID profileId,
        String title,
        String targetRole,
        String targetIndustry,
        LocalDate deadline,
        BigDecimal budgetCap,
        BigDecimal weeklyHours,
        BigDecimal expectedSalaryAfter,
        int priority,
        GoalStatus status,
        ScheduleMode scheduleMode,
        String notes,
        List<GoalSkill> skills,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        int version) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scheduleMode, "scheduleMode");
        skills = List.copyOf(skills == null ? List.of() : skills);
    }

    public static Goal create(UUID profileId, String title) {
        LocalDateTime now = LocalDateTime.now();
        return new Goal(UUID.randomUUID(), profileId, title, null, null, null, null, null, null, 3,
                GoalStatus.ACTIVE, ScheduleMode.SEQUENTIAL, null, List.of(), now, now, 0);
    }

    /** The weekly hours this goal plans with: its own, or else the profile's. */
    public BigDecimal effectiveWeeklyHours(Profile profile) {
        return weeklyHours != null ? weeklyHours : profile.weeklyHours();
    }

    /** The budget this goal plans with, in the profile's currency: its own cap, or else the profile's budget. */
    public Money effectiveBudget(Profile profile) {
        return budgetCap != null ? new Money(budgetCap, profile.currency()) : profile.budget();
    }
}
