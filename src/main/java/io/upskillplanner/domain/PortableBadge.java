package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An earned badge exactly as stored, so that a plan file carries it to another machine unchanged,
 * raw credential and verification outcome included.
 */
public record PortableBadge(
        UUID id,
        UUID profileId,
        UUID credentialId,
        String badgeFormat,
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

    public PortableBadge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(badgeFormat, "badgeFormat");
        Objects.requireNonNull(achievementName, "achievementName");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(rawCredential, "rawCredential");
        Objects.requireNonNull(importedAt, "importedAt");
        skills = List.copyOf(skills == null ? List.of() : skills);
    }
}
