package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code goal}. */
public record GoalJson(
        String id,
        String title,
        @JsonInclude(Include.NON_NULL) String targetRole,
        @JsonInclude(Include.NON_NULL) String targetIndustry,
        @JsonInclude(Include.NON_NULL) String deadline,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.MONEY) BigDecimal budgetCap,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.WEEKLY_HOURS) BigDecimal weeklyHours,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.MONEY) BigDecimal expectedSalaryAfter,
        @Bounded(Bound.LEVEL) Integer priority,
        String status,
        String scheduleMode,
        @JsonInclude(Include.NON_NULL) String notes,
        @JsonInclude(Include.NON_NULL) String createdAt,
        @JsonInclude(Include.NON_NULL) String updatedAt,
        List<GoalSkillJson> skills,
        List<CandidateJson> candidates) {
}
