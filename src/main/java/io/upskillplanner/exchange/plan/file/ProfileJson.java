package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** The schema's {@code profile}. */
public record ProfileJson(
        String id,
        String name,
        String kind,
        @JsonInclude(Include.NON_NULL) String currentRole,
        @JsonInclude(Include.NON_NULL) String currentIndustry,
        @Bounded(Bound.WEEKLY_HOURS) BigDecimal weeklyHours,
        BudgetJson budget,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.MONEY) BigDecimal salaryNow,
        @JsonInclude(Include.NON_NULL) String notes,
        @JsonDeserialize(using = LeftToTheSchema.class) Boolean sampleData,
        @JsonInclude(Include.NON_NULL) String createdAt,
        @JsonInclude(Include.NON_NULL) String updatedAt,
        @Bounded(Bound.WEIGHT) Map<String, BigDecimal> weights,
        List<SessionNoteJson> sessionNotes,
        List<GoalJson> goals,
        List<EarnedBadgeJson> earnedBadges) {
}
