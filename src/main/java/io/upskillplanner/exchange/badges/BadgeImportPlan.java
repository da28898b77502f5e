package io.upskillplanner.exchange.badges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.store.Store;

/**
 * Puts one badge on a profile: updates the earlier import of the same credential if there is one,
 * and adds the achievement to the catalog when no entry has its id yet.
 */
final class BadgeImportPlan implements ImportPlan {

    /** Written on catalog entries made from badges: a badge says nothing about cost, effort or format. */
    static final String UNKNOWN_FACTS = "Made from an imported Open Badge: cost, effort, delivery format and pacing"
            + " are not part of a badge and are unknown (shown as free, 0 hours, online, self-paced).";

    private final ImportFile file;
    private final String format;
    private final BadgeData badge;
    private final Profile profile;
    private final Clock clock;
    private final List<String> summary;
    private final int entryCount;

    BadgeImportPlan(ImportFile file, String format, BadgeData badge, Profile profile, Store store, Clock clock) {
        this.file = file;
        this.format = format;
        this.badge = badge;
        this.profile = profile;
        this.clock = clock;
        boolean update = store.earnedBadges().findByExternalId(profile.id(), badge.externalId()).isPresent();
        boolean newCatalogEntry = badge.achievementId() != null
                && store.earnedBadges().catalogCredentialByExternalId(badge.achievementId()).isEmpty();
        List<String> lines = new ArrayList<>();
        lines.add((update ? "Updates the earned badge '" : "Adds the earned badge '") + badge.achievementName() + "'"
                + (badge.issuerName() != null ? " from " + badge.issuerName() : "")
                + (badge.issuedOn() != null ? ", issued " + badge.issuedOn().toLocalDate() : "")
                + " to " + profile.name());
        lines.add("Verification: " + badge.verification().status() + " - " + badge.verification().detail());
        for (String warning : badge.warnings()) {
            lines.add("Warning: " + warning);
        }
        if (!badge.skills().isEmpty()) {
            lines.add("Skills: " + String.join(", ", badge.skills().stream().map(s -> s.label()).toList()));
        }
        if (newCatalogEntry) {
            lines.add("Adds the badge '" + badge.achievementName() + "' to the catalog");
        }
        this.summary = List.copyOf(lines);
        this.entryCount = 1 + (newCatalogEntry ? 1 : 0);
    }

    BadgeData badge() {
        return badge;
    }

    @Override
    public ImportFile file() {
        return file;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<String> summary() {
        return summary;
    }

    @Override
    public int entryCount() {
        return entryCount;
    }

    @Override
    public void apply(Store tx) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        // Looked up again inside the transaction: another file of the same import may have added them.
        Optional<EarnedBadge> existing = tx.earnedBadges().findByExternalId(profile.id(), badge.externalId());
        UUID credentialId = null;
        if (badge.achievementId() != null) {
            credentialId = tx.earnedBadges().catalogCredentialByExternalId(badge.achievementId())
                    .orElseGet(() -> addToCatalog(tx, now.toLocalDate()));
        }
        VerificationResult verification = badge.verification();
        tx.earnedBadges().save(new EarnedBadge(existing.map(EarnedBadge::id).orElseGet(UUID::randomUUID),
                profile.id(), credentialId, badge.format(), badge.externalId(), badge.issuerName(), badge.issuerId(),
                badge.achievementName(), badge.achievementId(), badge.achievementType(), badge.description(),
                badge.credits(), badge.issuedOn(), badge.validFrom(), badge.validUntil(), verification.status(),
                verification.detail(), badge.rawCredential(), now, badge.skills()));
    }

    private UUID addToCatalog(Store tx, LocalDate today) {
        UUID providerId = null;
        if (badge.issuerName() != null) {
            providerId = tx.catalog().findProviderByName(badge.issuerName())
                    .orElseGet(() -> tx.catalog().saveProvider(Provider.create(badge.issuerName(), ProviderType.OTHER)))
                    .id();
        }
        String url = badge.achievementId().startsWith("http://") || badge.achievementId().startsWith("https://")
                ? badge.achievementId() : null;
        Credential credential = new Credential(UUID.randomUUID(), badge.achievementName(), providerId, null,
                CredentialKind.BADGE, badge.description(), CostParts.free(profile.budget().currency()), 0, null,
                DeliveryFormat.ONLINE, Pacing.SELF_PACED, new Quality(null, null, 0, 0), null,
                badge.format().isOpenBadges3() ? BadgeStandard.OPEN_BADGES_3 : BadgeStandard.OPEN_BADGES_2, null,
                null, url, UNKNOWN_FACTS, new Provenance("Open Badge imported from " + file.path().getFileName(), today),
                Origin.IMPORT, badge.achievementId(), badge.skills(), List.of(), 0);
        return tx.catalog().save(credential).id();
    }
}
