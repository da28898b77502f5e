package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CREDENTIAL;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE_SKILL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.store.jooq.tables.records.EarnedBadgeRecord;

import org.jooq.Condition;
import org.jooq.DSLContext;

/** Open Badges a profile earned, with the skills each one aligns to. */
public final class EarnedBadgeRepository {

    private final DSLContext dsl;
    private final ProfileScope scope;

    public EarnedBadgeRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.scope = ProfileScope.of(dsl);
    }

    /** The badges of one profile, newest issue first. */
    public List<EarnedBadge> list(UUID profileId) {
        return load(EARNED_BADGE.PROFILE_ID.eq(profileId));
    }

    public Optional<EarnedBadge> find(UUID id) {
        return load(EARNED_BADGE.ID.eq(id)).stream().findFirst();
    }

    /** The earlier import of the same credential (same credential or assertion id) on this profile. */
    public Optional<EarnedBadge> findByExternalId(UUID profileId, String externalId) {
        return load(EARNED_BADGE.PROFILE_ID.eq(profileId).and(EARNED_BADGE.EXTERNAL_ID.eq(externalId))).stream()
                .findFirst();
    }

    public int count() {
        return dsl.fetchCount(EARNED_BADGE, scope.ofVisibleProfile(EARNED_BADGE.PROFILE_ID));
    }

    /**
     * The catalog credential imported for an achievement, found by the achievement's id. Lives here
     * rather than in the catalog repository because only badge imports look credentials up this way.
     */
    public Optional<UUID> catalogCredentialByExternalId(String externalId) {
        return dsl.select(CREDENTIAL.ID).from(CREDENTIAL).where(CREDENTIAL.EXTERNAL_ID.eq(externalId))
                .orderBy(CREDENTIAL.CREATED_AT).limit(1).fetchOptional(CREDENTIAL.ID);
    }

    /** Inserts or replaces a badge with its skills. */
    public EarnedBadge save(EarnedBadge badge) {
        EarnedBadgeRecord record = dsl.newRecord(EARNED_BADGE);
        record.setId(badge.id());
        record.setProfileId(badge.profileId());
        record.setCredentialId(badge.credentialId());
        record.setBadgeFormat(badge.format().name());
        record.setExternalId(clip(badge.externalId(), 1000));
        record.setIssuerName(clip(badge.issuerName(), 500));
        record.setIssuerId(clip(badge.issuerId(), 1000));
        record.setAchievementName(clip(badge.achievementName(), 500));
        record.setAchievementId(clip(badge.achievementId(), 1000));
        record.setAchievementType(clip(badge.achievementType(), 100));
        record.setDescription(clip(badge.description(), 20000));
        record.setCredits(badge.credits());
        record.setIssuedOn(badge.issuedOn());
        record.setValidFrom(badge.validFrom());
        record.setValidUntil(badge.validUntil());
        record.setVerification(badge.verification().name());
        record.setVerificationDetail(clip(badge.verificationDetail(), 2000));
        record.setRawCredential(badge.rawCredential());
        record.setImportedAt(badge.importedAt());
        if (dsl.fetchExists(EARNED_BADGE, EARNED_BADGE.ID.eq(badge.id()))) {
            dsl.update(EARNED_BADGE).set(record).where(EARNED_BADGE.ID.eq(badge.id())).execute();
            dsl.deleteFrom(EARNED_BADGE_SKILL).where(EARNED_BADGE_SKILL.BADGE_ID.eq(badge.id())).execute();
        } else {
            record.insert();
        }
        Map<String, SkillRef> unique = new LinkedHashMap<>();
        badge.skills().forEach(s -> unique.putIfAbsent(s.label().toLowerCase(Locale.ROOT), s));
        for (SkillRef skill : unique.values()) {
            dsl.insertInto(EARNED_BADGE_SKILL).set(EARNED_BADGE_SKILL.BADGE_ID, badge.id())
                    .set(EARNED_BADGE_SKILL.LABEL, clip(skill.label(), 300))
                    .set(EARNED_BADGE_SKILL.TAXONOMY_URI, clip(skill.taxonomyUri(), 500)).execute();
        }
        return find(badge.id()).orElseThrow();
    }

    public boolean delete(UUID id) {
        return dsl.deleteFrom(EARNED_BADGE).where(EARNED_BADGE.ID.eq(id))
                .and(scope.ofVisibleProfile(EARNED_BADGE.PROFILE_ID)).execute() > 0;
    }

    private List<EarnedBadge> load(Condition condition) {
        var rows = dsl.selectFrom(EARNED_BADGE).where(condition).and(scope.ofVisibleProfile(EARNED_BADGE.PROFILE_ID))
                .orderBy(EARNED_BADGE.ISSUED_ON.desc().nullsLast(), EARNED_BADGE.ACHIEVEMENT_NAME, EARNED_BADGE.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(EarnedBadgeRecord::getId);
        Map<UUID, List<SkillRef>> skills = dsl.selectFrom(EARNED_BADGE_SKILL).where(EARNED_BADGE_SKILL.BADGE_ID.in(ids))
                .orderBy(EARNED_BADGE_SKILL.LABEL).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getBadgeId(),
                        Collectors.mapping(r -> new SkillRef(r.getLabel(), r.getTaxonomyUri()), Collectors.toList())));
        return rows.map(r -> new EarnedBadge(r.getId(), r.getProfileId(), r.getCredentialId(),
                BadgeFormat.valueOf(r.getBadgeFormat()), r.getExternalId(), r.getIssuerName(), r.getIssuerId(),
                r.getAchievementName(), r.getAchievementId(), r.getAchievementType(), r.getDescription(),
                r.getCredits(), r.getIssuedOn(), r.getValidFrom(), r.getValidUntil(),
                Verification.valueOf(r.getVerification()), r.getVerificationDetail(), r.getRawCredential(),
                r.getImportedAt(), skills.getOrDefault(r.getId(), List.of())));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
