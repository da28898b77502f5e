package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** The schema's {@code earnedBadge}. */
public record EarnedBadgeJson(
        String id,
        @JsonInclude(Include.NON_NULL) String credentialId,
        String badgeFormat,
        @JsonInclude(Include.NON_NULL) String externalId,
        @JsonInclude(Include.NON_NULL) String issuerName,
        @JsonInclude(Include.NON_NULL) String issuerId,
        String achievementName,
        @JsonInclude(Include.NON_NULL) String achievementId,
        @JsonInclude(Include.NON_NULL) String achievementType,
        @JsonInclude(Include.NON_NULL) String description,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.CREDITS) BigDecimal credits,
        @JsonInclude(Include.NON_NULL) String issuedOn,
        @JsonInclude(Include.NON_NULL) String validFrom,
        @JsonInclude(Include.NON_NULL) String validUntil,
        @JsonDeserialize(using = LeftToTheSchema.class) String verification,
        @JsonInclude(Include.NON_NULL) @JsonDeserialize(using = LeftToTheSchema.class) String verificationDetail,
        String rawCredential,
        String importedAt,
        List<SkillJson> skills) {
}
