package io.upskillplanner.exchange.plan.file;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential}: a catalog entry with its facts. */
public record CredentialJson(
        String id,
        String title,
        @JsonInclude(Include.NON_NULL) String providerId,
        String kind,
        @JsonInclude(Include.NON_NULL) String description,
        CostsJson costs,
        @Bounded(Bound.EFFORT_HOURS) Integer effortHours,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.WEEKS) Integer fixedDurationWeeks,
        String format,
        String pacing,
        QualityJson quality,
        @JsonInclude(Include.NON_NULL) CreditsJson credits,
        String badgeStandard,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.MONTHS) Integer validityMonths,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.LEVEL) Integer eqfLevel,
        @JsonInclude(Include.NON_NULL) String url,
        @JsonInclude(Include.NON_NULL) String drawbacks,
        @JsonInclude(Include.NON_NULL) String source,
        @JsonInclude(Include.NON_NULL) String lastVerified,
        String origin,
        @JsonInclude(Include.NON_NULL) String externalId,
        List<SkillJson> skills,
        List<RecognitionJson> recognition,
        List<FactJson> facts) {
}
