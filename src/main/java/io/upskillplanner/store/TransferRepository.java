package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CANDIDATE;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_FACT;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_RECOGNITION;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_SEARCH;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_SKILL;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE;
import static io.upskillplanner.store.jooq.Tables.GOAL;
import static io.upskillplanner.store.jooq.Tables.GOAL_SKILL;
import static io.upskillplanner.store.jooq.Tables.PROFILE;
import static io.upskillplanner.store.jooq.Tables.PROFILE_WEIGHT;
import static io.upskillplanner.store.jooq.Tables.PROVIDER;
import static io.upskillplanner.store.jooq.Tables.SESSION_NOTE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.jooq.DefaultSchema;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Reads and writes for import and export: rows keep the ids, timestamps and provenance they carry,
 * so a plan file re-imported updates what it created instead of duplicating it. The catalog is
 * written in JDBC batches, since catalog files run to 100,000 entries.
 */
public final class TransferRepository {

    private static final int BATCH = 2000;
    private static final int IN_CHUNK = 1000;

    /** The credential columns an import sets, in the order {@link #credentialValues} gives them. */
    private static final List<TableField<?, ?>> CREDENTIAL_COLUMNS = List.of(
            CREDENTIAL.TITLE, CREDENTIAL.TITLE_SORT, CREDENTIAL.PROVIDER_ID, CREDENTIAL.KIND, CREDENTIAL.DESCRIPTION,
            CREDENTIAL.TUITION, CREDENTIAL.EXAM_FEE, CREDENTIAL.MATERIALS_COST, CREDENTIAL.RENEWAL_COST,
            CREDENTIAL.RENEWAL_PERIOD_MONTHS, CREDENTIAL.CURRENCY, CREDENTIAL.TOTAL_COST, CREDENTIAL.EFFORT_HOURS,
            CREDENTIAL.FIXED_DURATION_WEEKS, CREDENTIAL.FORMAT, CREDENTIAL.PACING, CREDENTIAL.ACCREDITATION_BODY,
            CREDENTIAL.CURRICULUM_STANDARD, CREDENTIAL.INSTRUCTOR_EXPERTISE, CREDENTIAL.CAREER_SUPPORT,
            CREDENTIAL.CREDITS, CREDENTIAL.CREDIT_UNIT, CREDENTIAL.STACKS_INTO, CREDENTIAL.BADGE_STANDARD,
            CREDENTIAL.VALIDITY_MONTHS, CREDENTIAL.EQF_LEVEL, CREDENTIAL.URL, CREDENTIAL.DRAWBACKS, CREDENTIAL.SOURCE,
            CREDENTIAL.LAST_VERIFIED, CREDENTIAL.ORIGIN, CREDENTIAL.EXTERNAL_ID);

    private final DSLContext dsl;

    public TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The number of rows in every table of the schema, by table name: what an import may not change when it fails. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName().toLowerCase(Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    // --- which rows exist ---

    public Set<UUID> existingProfileIds(Collection<UUID> ids) {
        return existing(PROFILE.ID, ids);
    }

    public Set<UUID> existingGoalIds(Collection<UUID> ids) {
        return existing(GOAL.ID, ids);
    }

    public Set<UUID> existingCandidateIds(Collection<UUID> ids) {
        return existing(CANDIDATE.ID, ids);
    }

    public Set<UUID> existingSessionNoteIds(Collection<UUID> ids) {
        return existing(SESSION_NOTE.ID, ids);
    }

    public Set<UUID> existingBadgeIds(Collection<UUID> ids) {
        return existing(EARNED_BADGE.ID, ids);
    }

    public Set<UUID> existingCredentialIds(Collection<UUID> ids) {
        return existing(CREDENTIAL.ID, ids);
    }

    // --- who owns the rows that exist ---

    /** The profile of each goal among {@code ids} that exists. */
    public Map<UUID, UUID> goalOwners(Collection<UUID> ids) {
        return owners(GOAL.ID, GOAL.PROFILE_ID, ids);
    }

    /** The goal of each candidate among {@code ids} that exists. */
    public Map<UUID, UUID> candidateGoals(Collection<UUID> ids) {
        return owners(CANDIDATE.ID, CANDIDATE.GOAL_ID, ids);
    }

    public Map<UUID, UUID> sessionNoteOwners(Collection<UUID> ids) {
        return owners(SESSION_NOTE.ID, SESSION_NOTE.PROFILE_ID, ids);
    }

    public Map<UUID, UUID> badgeOwners(Collection<UUID> ids) {
        return owners(EARNED_BADGE.ID, EARNED_BADGE.PROFILE_ID, ids);
    }

    private Map<UUID, UUID> owners(TableField<?, UUID> idField, TableField<?, UUID> ownerField, Collection<UUID> ids) {
        Map<UUID, UUID> owners = new HashMap<>();
        List<UUID> all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            dsl.select(idField, ownerField).from(idField.getTable()).where(idField.in(chunk))
                    .forEach(r -> owners.put(r.value1(), r.value2()));
        }
        return owners;
    }

    private Set<UUID> existing(TableField<?, UUID> idField, Collection<UUID> ids) {
        return new HashSet<>(owners(idField, idField, ids).keySet());
    }

    // --- a profile and what belongs to it, as is ---

    /** Inserts or overwrites a profile with the timestamps it carries, and replaces its weights. */
    public void saveProfileAsIs(Profile profile, Map<String, BigDecimal> weights) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(PROFILE.NAME, profile.name().strip());
        values.put(PROFILE.KIND, profile.kind().name());
        values.put(PROFILE.CURRENT_JOB_ROLE, profile.currentRole());
        values.put(PROFILE.CURRENT_INDUSTRY, profile.currentIndustry());
        values.put(PROFILE.WEEKLY_HOURS, profile.weeklyHours());
        values.put(PROFILE.BUDGET, profile.budget().amount());
        values.put(PROFILE.CURRENCY, profile.budget().currency());
        values.put(PROFILE.SALARY_NOW, profile.salaryNow());
        values.put(PROFILE.NOTES, profile.notes());
        values.put(PROFILE.SAMPLE_DATA, profile.sampleData());
        values.put(PROFILE.CREATED_AT, StoreTime.orNow(profile.createdAt()));
        values.put(PROFILE.UPDATED_AT, StoreTime.orNow(profile.updatedAt()));
        upsert(PROFILE, PROFILE.ID, profile.id(), PROFILE.VERSION, values);
        dsl.deleteFrom(PROFILE_WEIGHT).where(PROFILE_WEIGHT.PROFILE_ID.eq(profile.id())).execute();
        for (var weight : weights.entrySet()) {
            dsl.insertInto(PROFILE_WEIGHT).set(PROFILE_WEIGHT.PROFILE_ID, profile.id())
                    .set(PROFILE_WEIGHT.CRITERION, weight.getKey()).set(PROFILE_WEIGHT.WEIGHT, weight.getValue())
                    .execute();
        }
    }

    /** Inserts or overwrites a goal with its timestamps and replaces its skills. */
    public void saveGoalAsIs(Goal goal) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(GOAL.PROFILE_ID, goal.profileId());
        values.put(GOAL.TITLE, goal.title().strip());
        values.put(GOAL.TARGET_ROLE, goal.targetRole());
        values.put(GOAL.TARGET_INDUSTRY, goal.targetIndustry());
        values.put(GOAL.DEADLINE, goal.deadline());
        values.put(GOAL.BUDGET_CAP, goal.budgetCap());
        values.put(GOAL.WEEKLY_HOURS, goal.weeklyHours());
        values.put(GOAL.EXPECTED_SALARY_AFTER, goal.expectedSalaryAfter());
        values.put(GOAL.PRIORITY, goal.priority());
        values.put(GOAL.STATUS, goal.status().name());
        values.put(GOAL.SCHEDULE_MODE, goal.scheduleMode().name());
        values.put(GOAL.NOTES, goal.notes());
        values.put(GOAL.CREATED_AT, StoreTime.orNow(goal.createdAt()));
        values.put(GOAL.UPDATED_AT, StoreTime.orNow(goal.updatedAt()));
        upsert(GOAL, GOAL.ID, goal.id(), GOAL.VERSION, values);
        dsl.deleteFrom(GOAL_SKILL).where(GOAL_SKILL.GOAL_ID.eq(goal.id())).execute();
        Set<String> labels = new HashSet<>();
        for (GoalSkill skill : goal.skills()) {
            if (labels.add(skill.skill().label())) {
                dsl.insertInto(GOAL_SKILL).set(GOAL_SKILL.GOAL_ID, goal.id())
                        .set(GOAL_SKILL.LABEL, skill.skill().label())
                        .set(GOAL_SKILL.TAXONOMY_URI, skill.skill().taxonomyUri())
                        .set(GOAL_SKILL.IMPORTANCE, skill.importance()).execute();
            }
        }
    }

    /**
     * Inserts or overwrites a candidate. A goal holds a credential once: another candidate row for
     * the same goal and credential (made on this machine) gives way to the imported one.
     */
    public void saveCandidateAsIs(Candidate candidate) {
        dsl.deleteFrom(CANDIDATE).where(CANDIDATE.GOAL_ID.eq(candidate.goalId()))
                .and(CANDIDATE.CREDENTIAL_ID.eq(candidate.credentialId())).and(CANDIDATE.ID.ne(candidate.id()))
                .execute();
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(CANDIDATE.GOAL_ID, candidate.goalId());
        values.put(CANDIDATE.CREDENTIAL_ID, candidate.credentialId());
        values.put(CANDIDATE.STATUS, candidate.status().name());
        values.put(CANDIDATE.PLANNED_START, candidate.plannedStart());
        values.put(CANDIDATE.SORT_ORDER, candidate.order());
        values.put(CANDIDATE.NOTE, candidate.note());
        values.put(CANDIDATE.CREATED_AT, StoreTime.orNow(candidate.createdAt()));
        values.put(CANDIDATE.UPDATED_AT, StoreTime.orNow(candidate.updatedAt()));
        upsert(CANDIDATE, CANDIDATE.ID, candidate.id(), CANDIDATE.VERSION, values);
    }

    private void upsert(Table<?> table, TableField<?, UUID> id, UUID value, TableField<?, Integer> version,
                        Map<Field<?>, Object> values) {
        if (dsl.fetchExists(table, id.eq(value))) {
            // An imported row is a new version: screens holding the old one must reload before saving.
            dsl.update(table).set(values).set(version, version.plus(1)).where(id.eq(value)).execute();
        } else {
            var insert = new LinkedHashMap<Field<?>, Object>();
            insert.put(id, value);
            insert.putAll(values);
            insert.put(version, 0);
            dsl.insertInto(table).set(insert).execute();
        }
    }

    // --- the catalog, in bulk ---

    /**
     * Inserts new catalog entries and overwrites those whose id exists, with their skills,
     * recognition and facts, in JDBC batches. The providers must be saved first. Returns how many
     * entries were new.
     */
    public int upsertCatalog(List<CatalogEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        Set<UUID> existing = existingCredentialIds(entries.stream().map(e -> e.credential().id()).toList());
        Map<UUID, String> providerNames = new HashMap<>();
        dsl.select(PROVIDER.ID, PROVIDER.NAME).from(PROVIDER).forEach(r -> providerNames.put(r.value1(), r.value2()));
        LocalDateTime now = StoreTime.now();
        List<UUID> updatedIds = new ArrayList<>();
        entries.stream().map(e -> e.credential().id()).filter(existing::contains).forEach(updatedIds::add);
        deleteChildren(updatedIds);

        List<Field<?>> credentialColumns = new ArrayList<>();
        credentialColumns.add(CREDENTIAL.ID);
        credentialColumns.addAll(CREDENTIAL_COLUMNS);
        credentialColumns.add(CREDENTIAL.CREATED_AT);
        credentialColumns.add(CREDENTIAL.UPDATED_AT);
        credentialColumns.add(CREDENTIAL.VERSION);
        Batch update = new Batch(updateCredential());
        // The transaction's own connection: these rows commit or roll back with everything else.
        return dsl.connectionResult(connection -> {
            try (BulkInsert insert = new BulkInsert(dsl, connection, CREDENTIAL, credentialColumns);
                 BulkInsert search = new BulkInsert(dsl, connection, CREDENTIAL_SEARCH, List.of(
                         CREDENTIAL_SEARCH.CREDENTIAL_ID, CREDENTIAL_SEARCH.SEARCH_TEXT));
                 BulkInsert skills = new BulkInsert(dsl, connection, CREDENTIAL_SKILL, List.of(
                         CREDENTIAL_SKILL.CREDENTIAL_ID, CREDENTIAL_SKILL.LABEL, CREDENTIAL_SKILL.TAXONOMY_URI));
                 BulkInsert recognition = new BulkInsert(dsl, connection, CREDENTIAL_RECOGNITION, List.of(
                         CREDENTIAL_RECOGNITION.CREDENTIAL_ID, CREDENTIAL_RECOGNITION.INDUSTRY,
                         CREDENTIAL_RECOGNITION.LEVEL, CREDENTIAL_RECOGNITION.EVIDENCE));
                 BulkInsert facts = new BulkInsert(dsl, connection, CREDENTIAL_FACT, List.of(
                         CREDENTIAL_FACT.CREDENTIAL_ID, CREDENTIAL_FACT.FIELD, CREDENTIAL_FACT.SOURCE,
                         CREDENTIAL_FACT.LAST_VERIFIED, CREDENTIAL_FACT.FLAG))) {
                return writeCatalog(entries, existing, providerNames, now, insert, update,
                        new Children(search, skills, recognition, facts));
            }
        });
    }

    private static int writeCatalog(List<CatalogEntry> entries, Set<UUID> existing, Map<UUID, String> providerNames,
            LocalDateTime now, BulkInsert insert, Batch update, Children children) throws SQLException {
        int inserted = 0;
        Set<UUID> seen = new HashSet<>();
        for (CatalogEntry entry : entries) {
            Credential c = entry.credential();
            if (!seen.add(c.id())) {
                throw new StoreException(ErrorText.of("error.store.repeatedInImport", c.id(), c.title()));
            }
            Object[] values = credentialValues(c);
            if (existing.contains(c.id())) {
                Object[] row = Arrays.copyOf(values, values.length + 2);
                row[values.length] = now;
                row[values.length + 1] = c.id();
                update.bind(row);
            } else {
                Object[] row = new Object[values.length + 4];
                row[0] = c.id();
                System.arraycopy(values, 0, row, 1, values.length);
                row[values.length + 1] = now;
                row[values.length + 2] = now;
                row[values.length + 3] = c.version();
                insert.bind(row);
                inserted++;
            }
            children.search.bind(c.id(),
                    CatalogRepository.searchText(c.title(), providerNames.getOrDefault(c.providerId(), c.providerName()),
                            c.skills()));
            Set<String> labels = new HashSet<>();
            for (SkillRef skill : c.skills()) {
                if (labels.add(skill.label().toLowerCase(Locale.ROOT))) {
                    children.skills.bind(c.id(), SkillRepository.clip(skill.label(), 300), skill.taxonomyUri());
                }
            }
            Set<String> industries = new HashSet<>();
            for (Recognition r : c.recognition()) {
                if (industries.add(r.industry())) {
                    children.recognition.bind(c.id(), SkillRepository.clip(r.industry(), 100), r.level(),
                            SkillRepository.clip(r.evidence(), 4000));
                }
            }
            Set<String> fields = new HashSet<>();
            for (CredentialFact fact : entry.facts()) {
                if (fields.add(fact.field())) {
                    children.facts.bind(c.id(), fact.field(), fact.source(), fact.lastVerified(), fact.flag());
                }
            }
            // Credentials go in before their children (foreign keys), so flush them first.
            if (insert.size() + update.size() >= BATCH) {
                insert.flush();
                update.flush();
                children.flush();
            }
        }
        insert.flush();
        update.flush();
        children.flush();
        return inserted;
    }

    /** The rows that hang off a credential, written after it. */
    private record Children(BulkInsert search, BulkInsert skills, BulkInsert recognition, BulkInsert facts) {
        void flush() throws SQLException {
            search.flush();
            skills.flush();
            recognition.flush();
            facts.flush();
        }
    }

    private void deleteChildren(List<UUID> credentialIds) {
        for (int from = 0; from < credentialIds.size(); from += IN_CHUNK) {
            List<UUID> chunk = credentialIds.subList(from, Math.min(credentialIds.size(), from + IN_CHUNK));
            dsl.deleteFrom(CREDENTIAL_SEARCH).where(CREDENTIAL_SEARCH.CREDENTIAL_ID.in(chunk)).execute();
            dsl.deleteFrom(CREDENTIAL_SKILL).where(CREDENTIAL_SKILL.CREDENTIAL_ID.in(chunk)).execute();
            dsl.deleteFrom(CREDENTIAL_RECOGNITION).where(CREDENTIAL_RECOGNITION.CREDENTIAL_ID.in(chunk)).execute();
            dsl.deleteFrom(CREDENTIAL_FACT).where(CREDENTIAL_FACT.CREDENTIAL_ID.in(chunk)).execute();
        }
    }

    private Query updateCredential() {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        CREDENTIAL_COLUMNS.forEach(c -> values.put(c, DSL.val(null, c)));
        values.put(CREDENTIAL.UPDATED_AT, DSL.val(null, CREDENTIAL.UPDATED_AT));
        return dsl.update(CREDENTIAL).set(values).set(CREDENTIAL.VERSION, CREDENTIAL.VERSION.plus(DSL.inline(1)))
                .where(CREDENTIAL.ID.eq((UUID) null));
    }

    private static Object[] credentialValues(Credential c) {
        CostParts costs = c.costs();
        return new Object[] {
            c.title().strip(),
            CatalogRepository.sortKey(c.title()),
            c.providerId(),
            c.kind().name(),
            c.description(),
            costs.tuition(),
            costs.exam(),
            costs.materials(),
            costs.renewal(),
            costs.renewalPeriodMonths(),
            costs.currency(),
            costs.oneOff().amount(),
            c.effortHours(),
            c.fixedDurationWeeks(),
            c.format().name(),
            c.pacing().name(),
            c.quality().accreditationBody(),
            c.quality().curriculumStandard(),
            c.quality().instructorExpertise(),
            c.quality().careerSupport(),
            c.credits() == null ? null : c.credits().amount(),
            c.credits() == null ? null : c.credits().unit().name(),
            c.credits() == null ? null : c.credits().stacksInto(),
            c.badgeStandard().name(),
            c.validityMonths(),
            c.eqfLevel(),
            c.url(),
            c.drawbacks(),
            c.provenance().source(),
            c.provenance().lastVerified(),
            c.origin().name(),
            c.externalId()
        };
    }

    /**
     * Inserts rows through one prepared single-row INSERT, sent to the database in JDBC batches of
     * {@value #BATCH} credentials. Plain JDBC rather than jOOQ's batch binding, which spent as much
     * time converting and binding values as the database spent storing them (ImportBenchmark). A
     * failure surfaces as jOOQ's DataAccessException, which the transaction turns into the user's
     * message like any other.
     */
    private static final class BulkInsert implements AutoCloseable {
        private final PreparedStatement statement;
        private int size;

        BulkInsert(DSLContext dsl, Connection connection, Table<?> table, List<? extends Field<?>> columns)
                throws SQLException {
            List<Field<?>> placeholders = new ArrayList<>();
            columns.forEach(c -> placeholders.add(DSL.param(c.getName(), c.getDataType())));
            this.statement = connection.prepareStatement(dsl.render(dsl.insertInto(table).columns(columns)
                    .values(placeholders)));
        }

        void bind(Object... row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
            statement.addBatch();
            size++;
        }

        int size() {
            return size;
        }

        void flush() throws SQLException {
            if (size > 0) {
                statement.executeBatch();
                size = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** One prepared statement, bound row by row and sent to the database in batches. */
    private final class Batch {
        private final Query query;
        private BatchBindStep step;
        private int size;

        Batch(Query query) {
            this.query = query;
        }

        void bind(Object... values) {
            if (step == null) {
                step = dsl.batch(query);
            }
            step.bind(values);
            size++;
        }

        int size() {
            return size;
        }

        void flush() {
            if (size > 0) {
                step.execute();
                step = null;
                size = 0;
            }
        }
    }
}
