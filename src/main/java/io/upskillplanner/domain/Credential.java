package io.upskillplanner.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A catalog entry: one credential with its costs, effort, quality signals and recognition. */
public record Credential(
        UUID id,
        String title,
        UUID providerId,
        String providerName,
        CredentialKind kind,
        String description,
        CostParts costs,
        int effortHours,
        Integer fixedDurationWeeks,
        DeliveryFormat format,
        Pacing pacing,
        Quality quality,
        Credits credits,
        BadgeStandard badgeStandard,
        Integer validityMonths,
        Integer eqfLevel,
        String url,
        String drawbacks,
        Provenance provenance,
        Origin origin,
        String externalId,
        List<SkillRef> skills,
        List<Recognition> recognition,
        int version) {

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(badgeStandard, "badgeStandard");
        Objects.requireNonNull(origin, "origin");
        if (provenance == null) {
            provenance = new Provenance(null, null);
        }
        if (effortHours < 0) {
            throw new DomainRuleException("error.domain.effortNegative", effortHours);
        }
        if (fixedDurationWeeks != null && fixedDurationWeeks <= 0) {
            throw new DomainRuleException("error.domain.fixedWeeksNotPositive", fixedDurationWeeks);
        }
        skills = List.copyOf(skills == null ? List.of() : skills);
        recognition = List.copyOf(recognition == null ? List.of() : recognition);
    }

    /** The recognition level in one industry, or 0 when nothing is known there. */
    public Recognition recognitionIn(String industry) {
        if (industry != null) {
            for (Recognition r : recognition) {
                if (r.industry().equalsIgnoreCase(industry)) {
                    return r;
                }
            }
        }
        return new Recognition(industry == null ? "" : industry, 0, null);
    }

    public boolean isAccredited() {
        return quality.accreditationBody() != null && !quality.accreditationBody().isBlank();
    }

    public boolean isStackable() {
        return credits != null;
    }
}
