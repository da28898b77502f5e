package io.upskillplanner.exchange.badges;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.SkillRef;

/** One badge as read from a file and checked, before it is stored on a profile. */
record BadgeData(
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
        List<SkillRef> skills,
        String rawCredential,
        VerificationResult verification,
        List<String> warnings) {

    BadgeData {
        warnings = List.copyOf(warnings);
    }
}
