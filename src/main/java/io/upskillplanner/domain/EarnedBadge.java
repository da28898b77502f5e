package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An Open Badge a person earned, as imported: who issued it, for what achievement, when, the skills
 * it aligns to, the credential text exactly as received, and what checking it offline found.
 * Times are UTC.
 */
public record EarnedBadge(
        UUID id,
        UUID profileId,
        UUID credentialId,
        BadgeFormat format,
        String externalId,
        String issuerName,
        String issuerId,
        String achievementName,
        String achievementId,
        String achievementType,
        String description,
        BigDecimal credits,
        LocalDateTime issuedOn,
        LocalDateTime validFrom,
        LocalDateTime validUntil,
        Verification verification,
        String verificationDetail,
        String rawCredential,
        LocalDateTime importedAt,
        List<SkillRef> skills) {

    public EarnedBadge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(achievementName, "achievementName");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(rawCredential, "rawCredential");
        Objects.requireNonNull(importedAt, "importedAt");
        if (achievementName.isBlank()) {
            throw new DomainRuleException("error.domain.badgeName");
        }
        skills = List.copyOf(skills == null ? List.of() : skills);
    }

    /** The same badge with another id and owner, e.g. when a re-import updates an existing row. */
    public EarnedBadge withId(UUID newId) {
        return new EarnedBadge(newId, profileId, credentialId, format, externalId, issuerName, issuerId,
                achievementName, achievementId, achievementType, description, credits, issuedOn, validFrom,
                validUntil, verification, verificationDetail, rawCredential, importedAt, skills);
    }

    public EarnedBadge withCredentialId(UUID catalogCredentialId) {
        return new EarnedBadge(id, profileId, catalogCredentialId, format, externalId, issuerName, issuerId,
                achievementName, achievementId, achievementType, description, credits, issuedOn, validFrom,
                validUntil, verification, verificationDetail, rawCredential, importedAt, skills);
    }
}
