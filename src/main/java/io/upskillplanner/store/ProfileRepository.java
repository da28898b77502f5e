package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CANDIDATE;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE_SKILL;
import static io.upskillplanner.store.jooq.Tables.GOAL;
import static io.upskillplanner.store.jooq.Tables.GOAL_SKILL;
import static io.upskillplanner.store.jooq.Tables.PROFILE;
import static io.upskillplanner.store.jooq.Tables.PROFILE_WEIGHT;
import static io.upskillplanner.store.jooq.Tables.SESSION_NOTE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.store.jooq.tables.records.CandidateRecord;
import io.upskillplanner.store.jooq.tables.records.EarnedBadgeRecord;
import io.upskillplanner.store.jooq.tables.records.ProfileRecord;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/** Profiles, their session notes and their scoring weights. */
public final class ProfileRepository {

    private final DSLContext dsl;
    private final ProfileScope scope;

    public ProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.scope = ProfileScope.of(dsl);
    }

    public List<Profile> list() {
        return dsl.selectFrom(PROFILE).where(scope.profiles()).orderBy(PROFILE.NAME.lower(), PROFILE.ID)
                .fetch(ProfileRepository::toProfile);
    }

    public Optional<Profile> find(UUID id) {
        return dsl.selectFrom(PROFILE).where(PROFILE.ID.eq(id)).and(scope.profiles())
                .fetchOptional(ProfileRepository::toProfile);
    }

    /** Finds a profile by its name, ignoring case. */
    public Optional<Profile> findByName(String name) {
        return dsl.selectFrom(PROFILE).where(PROFILE.NAME.lower().eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .and(scope.profiles()).orderBy(PROFILE.CREATED_AT).limit(1).fetchOptional(ProfileRepository::toProfile);
    }

    public int count() {
        return dsl.fetchCount(PROFILE, scope.profiles());
    }

    /**
     * Inserts a new profile or updates an existing one, and returns it as stored. An update fails
     * with {@link ConcurrentEditException} when the stored version is not the one that was read.
     */
    public Profile save(Profile profile) {
        LocalDateTime now = StoreTime.now();
        ProfileRecord record = dsl.newRecord(PROFILE);
        record.setId(profile.id());
        record.setName(profile.name().strip());
        record.setKind(profile.kind().name());
        record.setCurrentJobRole(profile.currentRole());
        record.setCurrentIndustry(profile.currentIndustry());
        record.setWeeklyHours(profile.weeklyHours());
        record.setBudget(profile.budget().amount());
        record.setCurrency(profile.budget().currency());
        record.setSalaryNow(profile.salaryNow());
        record.setNotes(profile.notes());
        record.setSampleData(profile.sampleData());
        record.setCreatedAt(StoreTime.orNow(profile.createdAt()));
        record.setUpdatedAt(now);
        // The owner is left to the column's default: current_user on a shared server, none on the file.
        boolean exists = dsl.fetchExists(PROFILE, PROFILE.ID.eq(profile.id()));
        if (!exists) {
            record.setVersion(profile.version());
            record.insert();
        } else {
            record.setVersion(profile.version() + 1);
            int updated = dsl.update(PROFILE).set(record).where(PROFILE.ID.eq(profile.id()))
                    .and(PROFILE.VERSION.eq(profile.version())).and(scope.profiles()).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(ErrorText.of("error.store.record.profile", profile.name()));
            }
        }
        return toProfile(record);
    }

    /** Deletes a profile with its goals, candidates, notes and badges. */
    public boolean delete(UUID id) {
        return dsl.deleteFrom(PROFILE).where(PROFILE.ID.eq(id)).and(scope.profiles()).execute() > 0;
    }

    /**
     * Deletes a profile with everything that belongs to it, and returns what was deleted so that
     * {@link #restore(DeletedProfile)} can bring it all back. Fails with
     * {@link ConcurrentEditException} when the profile changed since {@code profile} was read.
     */
    public DeletedProfile deleteRestorably(Profile profile) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            UUID id = profile.id();
            var profileRows = tx.selectFrom(PROFILE).where(PROFILE.ID.eq(id)).and(PROFILE.VERSION.eq(profile.version()))
                    .fetch();
            if (profileRows.isEmpty()) {
                throw new ConcurrentEditException(ErrorText.of("error.store.record.profile", profile.name()));
            }
            var goalIds = DSL.select(GOAL.ID).from(GOAL).where(GOAL.PROFILE_ID.eq(id));
            var badgeIds = DSL.select(EARNED_BADGE.ID).from(EARNED_BADGE).where(EARNED_BADGE.PROFILE_ID.eq(id));
            var goals = tx.selectFrom(GOAL).where(GOAL.PROFILE_ID.eq(id)).fetch();
            List<Result<? extends Record>> rows = List.of(
                    profileRows,
                    tx.selectFrom(PROFILE_WEIGHT).where(PROFILE_WEIGHT.PROFILE_ID.eq(id)).fetch(),
                    tx.selectFrom(SESSION_NOTE).where(SESSION_NOTE.PROFILE_ID.eq(id)).fetch(),
                    goals,
                    tx.selectFrom(GOAL_SKILL).where(GOAL_SKILL.GOAL_ID.in(goalIds)).fetch(),
                    tx.selectFrom(CANDIDATE).where(CANDIDATE.GOAL_ID.in(goalIds)).fetch(),
                    tx.selectFrom(EARNED_BADGE).where(EARNED_BADGE.PROFILE_ID.eq(id)).fetch(),
                    tx.selectFrom(EARNED_BADGE_SKILL).where(EARNED_BADGE_SKILL.BADGE_ID.in(badgeIds)).fetch());
            tx.deleteFrom(PROFILE).where(PROFILE.ID.eq(id)).execute();
            return new DeletedProfile(toProfile(profileRows.get(0)), rows, goals.size());
        });
    }

    /**
     * Puts a deleted profile back as it was. Candidates whose credential has since left the catalog
     * cannot come back and are skipped; the count of those is returned.
     */
    public int restore(DeletedProfile deleted) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            int skipped = 0;
            for (Result<? extends Record> result : deleted.rows()) {
                for (Record row : result) {
                    if (row instanceof CandidateRecord candidate
                            && !tx.fetchExists(CREDENTIAL, CREDENTIAL.ID.eq(candidate.getCredentialId()))) {
                        skipped++;
                        continue;
                    }
                    if (row instanceof EarnedBadgeRecord badge && badge.getCredentialId() != null
                            && !tx.fetchExists(CREDENTIAL, CREDENTIAL.ID.eq(badge.getCredentialId()))) {
                        badge.setCredentialId(null);
                    }
                    // jOOQ inserts only the fields marked changed; a row read back has none marked.
                    row.changed(true);
                    tx.insertInto(((TableRecord<?>) row).getTable()).set(row).execute();
                }
            }
            return skipped;
        });
    }

    public List<SessionNote> sessionNotes(UUID profileId) {
        return dsl.selectFrom(SESSION_NOTE).where(SESSION_NOTE.PROFILE_ID.eq(profileId))
                .and(scope.ofVisibleProfile(SESSION_NOTE.PROFILE_ID))
                .orderBy(SESSION_NOTE.CREATED_AT.desc(), SESSION_NOTE.ID)
                .fetch(r -> new SessionNote(r.getId(), r.getProfileId(), r.getCreatedAt(), r.getUpdatedAt(), r.getBody()));
    }

    public SessionNote saveSessionNote(SessionNote note) {
        int updated = dsl.update(SESSION_NOTE)
                .set(SESSION_NOTE.BODY, note.text())
                .set(SESSION_NOTE.UPDATED_AT, StoreTime.orNow(note.updatedAt()))
                .where(SESSION_NOTE.ID.eq(note.id())).execute();
        if (updated == 0) {
            dsl.insertInto(SESSION_NOTE)
                    .set(SESSION_NOTE.ID, note.id())
                    .set(SESSION_NOTE.PROFILE_ID, note.profileId())
                    .set(SESSION_NOTE.CREATED_AT, note.createdAt())
                    .set(SESSION_NOTE.UPDATED_AT, StoreTime.orNow(note.updatedAt()))
                    .set(SESSION_NOTE.BODY, note.text())
                    .execute();
        }
        return note;
    }

    public boolean deleteSessionNote(UUID noteId) {
        return dsl.deleteFrom(SESSION_NOTE).where(SESSION_NOTE.ID.eq(noteId)).execute() > 0;
    }

    /** The weights a profile set for scoring criteria, by criterion name; criteria not set are absent. */
    public Map<String, BigDecimal> weights(UUID profileId) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        dsl.selectFrom(PROFILE_WEIGHT).where(PROFILE_WEIGHT.PROFILE_ID.eq(profileId))
                .and(scope.ofVisibleProfile(PROFILE_WEIGHT.PROFILE_ID))
                .orderBy(PROFILE_WEIGHT.CRITERION)
                .forEach(r -> weights.put(r.getCriterion(), r.getWeight()));
        return weights;
    }

    public void saveWeights(UUID profileId, Map<String, BigDecimal> weights) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(PROFILE_WEIGHT).where(PROFILE_WEIGHT.PROFILE_ID.eq(profileId)).execute();
            for (var entry : weights.entrySet()) {
                tx.insertInto(PROFILE_WEIGHT).set(PROFILE_WEIGHT.PROFILE_ID, profileId)
                        .set(PROFILE_WEIGHT.CRITERION, entry.getKey())
                        .set(PROFILE_WEIGHT.WEIGHT, entry.getValue()).execute();
            }
        });
    }

    static Profile toProfile(ProfileRecord r) {
        return new Profile(r.getId(), r.getName(), ProfileKind.valueOf(r.getKind()), r.getCurrentJobRole(),
                r.getCurrentIndustry(), r.getWeeklyHours(), new Money(r.getBudget(), r.getCurrency()),
                r.getSalaryNow(), r.getNotes(), Boolean.TRUE.equals(r.getSampleData()), r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }
}
