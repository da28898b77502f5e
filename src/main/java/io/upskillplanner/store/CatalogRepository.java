package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.CANDIDATE;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_RECOGNITION;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_SEARCH;
import static io.upskillplanner.store.jooq.Tables.CREDENTIAL_SKILL;
import static io.upskillplanner.store.jooq.Tables.GOAL_SKILL;
import static io.upskillplanner.store.jooq.Tables.PROVIDER;
import static io.upskillplanner.store.jooq.Tables.SKILL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.jooq.tables.records.CredentialRecord;
import io.upskillplanner.store.jooq.tables.records.ProviderRecord;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record11;
import org.jooq.SelectJoinStep;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/** The credential catalog and its providers. */
public final class CatalogRepository {

    /** A bounded IN list per query: H2 and PostgreSQL both plan long lists poorly. */
    private static final int IN_CHUNK = 1000;

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- providers ---

    public List<Provider> providers() {
        return dsl.selectFrom(PROVIDER).orderBy(PROVIDER.NAME.lower(), PROVIDER.ID).fetch(CatalogRepository::toProvider);
    }

    public Optional<Provider> findProvider(UUID id) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.ID.eq(id)).fetchOptional(CatalogRepository::toProvider);
    }

    /** How many credentials a provider offers: a provider that still has some cannot be deleted. */
    public int credentialCountOf(UUID providerId) {
        return dsl.fetchCount(CREDENTIAL, CREDENTIAL.PROVIDER_ID.eq(providerId));
    }

    /** Deletes a provider; refused with a {@link StoreException} while credentials still name it. */
    public boolean deleteProvider(UUID id) {
        int offered = credentialCountOf(id);
        if (offered > 0) {
            throw new StoreException(ErrorText.of("error.store.providerInUse", offered));
        }
        return dsl.deleteFrom(PROVIDER).where(PROVIDER.ID.eq(id)).execute() > 0;
    }

    public Optional<Provider> findProviderByName(String name) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.NAME.eq(name.strip())).fetchOptional(CatalogRepository::toProvider);
    }

    public Provider saveProvider(Provider provider) {
        ProviderRecord record = dsl.newRecord(PROVIDER);
        record.setId(provider.id());
        record.setName(provider.name().strip());
        record.setType(provider.type().name());
        record.setCountry(provider.country());
        record.setUrl(provider.url());
        if (!dsl.fetchExists(PROVIDER, PROVIDER.ID.eq(provider.id()))) {
            record.setVersion(provider.version());
            record.insert();
        } else {
            record.setVersion(provider.version() + 1);
            int updated = dsl.update(PROVIDER).set(record).where(PROVIDER.ID.eq(provider.id()))
                    .and(PROVIDER.VERSION.eq(provider.version())).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(ErrorText.of("error.store.record.provider", provider.name()));
            }
            // The provider's name is part of every one of its credentials' search text.
            refreshSearchText(dsl.select(CREDENTIAL.ID).from(CREDENTIAL)
                    .where(CREDENTIAL.PROVIDER_ID.eq(provider.id())).fetch(CREDENTIAL.ID));
        }
        return toProvider(record);
    }

    public int providerCount() {
        return dsl.fetchCount(PROVIDER);
    }

    // --- credentials ---

    public int count() {
        return dsl.fetchCount(CREDENTIAL);
    }

    public Optional<Credential> find(UUID id) {
        return load(CREDENTIAL.ID.eq(id), Integer.MAX_VALUE).stream().findFirst();
    }

    public List<Credential> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(CREDENTIAL.ID.in(ids), Integer.MAX_VALUE);
    }

    /** The ids of credentials with this title, in any case (titles are not unique). */
    public List<UUID> idsByTitle(String title) {
        return dsl.select(CREDENTIAL.ID).from(CREDENTIAL).where(CREDENTIAL.TITLE_SORT.eq(sortKey(title)))
                .orderBy(CREDENTIAL.ID).fetch(CREDENTIAL.ID);
    }

    /** The ids of credentials whose external id (a CTID, a URI, an achievement id) is one of {@code externalIds}. */
    public Map<String, UUID> idsByExternalId(Collection<String> externalIds) {
        Map<String, UUID> ids = new HashMap<>();
        List<String> all = List.copyOf(externalIds);
        for (int from = 0; from < all.size(); from += 1_000) {
            dsl.select(CREDENTIAL.EXTERNAL_ID, CREDENTIAL.ID).from(CREDENTIAL)
                    .where(CREDENTIAL.EXTERNAL_ID.in(all.subList(from, Math.min(all.size(), from + 1_000))))
                    .orderBy(CREDENTIAL.CREATED_AT)
                    .forEach(r -> ids.putIfAbsent(r.value1(), r.value2()));
        }
        return ids;
    }

    /** Credentials matching the filter, ordered by title, at most {@code limit} of them. */
    public List<Credential> search(CatalogFilter filter, int limit) {
        return load(conditionFor(filter), limit);
    }

    /** Credentials of one kind, ordered by title; the compare screen offers degrees as reference rows. */
    public List<Credential> ofKind(CredentialKind kind, int limit) {
        return load(CREDENTIAL.KIND.eq(kind.name()), limit);
    }

    public int countMatching(CatalogFilter filter) {
        return dsl.fetchCount(dsl.select(CREDENTIAL.ID).from(CREDENTIAL).where(conditionFor(filter)));
    }

    /** The industries recognition is recorded for, alphabetically. */
    public List<String> industries() {
        return dsl.selectDistinct(CREDENTIAL_RECOGNITION.INDUSTRY).from(CREDENTIAL_RECOGNITION)
                .orderBy(CREDENTIAL_RECOGNITION.INDUSTRY).fetch(CREDENTIAL_RECOGNITION.INDUSTRY);
    }

    /** Inserts or updates a credential with its skills and recognition, in one transaction. */
    public Credential save(Credential credential) {
        return dsl.transactionResult(c -> new CatalogRepository(c.dsl()).saveInTransaction(credential));
    }

    private CredentialRecord toRecord(Credential credential, LocalDateTime now) {
        CredentialRecord record = dsl.newRecord(CREDENTIAL);
        record.setId(credential.id());
        record.setTitle(credential.title().strip());
        record.setTitleSort(sortKey(credential.title()));
        record.setProviderId(credential.providerId());
        record.setKind(credential.kind().name());
        record.setDescription(credential.description());
        CostParts costs = credential.costs();
        record.setTuition(costs.tuition());
        record.setExamFee(costs.exam());
        record.setMaterialsCost(costs.materials());
        record.setRenewalCost(costs.renewal());
        record.setRenewalPeriodMonths(costs.renewalPeriodMonths());
        record.setCurrency(costs.currency());
        record.setTotalCost(costs.oneOff().amount());
        record.setEffortHours(credential.effortHours());
        record.setFixedDurationWeeks(credential.fixedDurationWeeks());
        record.setFormat(credential.format().name());
        record.setPacing(credential.pacing().name());
        record.setAccreditationBody(credential.quality().accreditationBody());
        record.setCurriculumStandard(credential.quality().curriculumStandard());
        record.setInstructorExpertise(credential.quality().instructorExpertise());
        record.setCareerSupport(credential.quality().careerSupport());
        if (credential.credits() != null) {
            record.setCredits(credential.credits().amount());
            record.setCreditUnit(credential.credits().unit().name());
            record.setStacksInto(credential.credits().stacksInto());
        }
        record.setBadgeStandard(credential.badgeStandard().name());
        record.setValidityMonths(credential.validityMonths());
        record.setEqfLevel(credential.eqfLevel());
        record.setUrl(credential.url());
        record.setDrawbacks(credential.drawbacks());
        record.setSource(credential.provenance().source());
        record.setLastVerified(credential.provenance().lastVerified());
        record.setOrigin(credential.origin().name());
        record.setExternalId(credential.externalId());
        record.setUpdatedAt(now);
        return record;
    }

    private Credential saveInTransaction(Credential credential) {
        LocalDateTime now = StoreTime.now();
        CredentialRecord record = toRecord(credential, now);
        var existing = dsl.select(CREDENTIAL.CREATED_AT).from(CREDENTIAL).where(CREDENTIAL.ID.eq(credential.id()))
                .fetchOptional(CREDENTIAL.CREATED_AT);
        if (existing.isEmpty()) {
            record.setCreatedAt(now);
            record.setVersion(credential.version());
            record.insert();
        } else {
            record.setCreatedAt(existing.get());
            record.setVersion(credential.version() + 1);
            int updated = dsl.update(CREDENTIAL).set(record).where(CREDENTIAL.ID.eq(credential.id()))
                    .and(CREDENTIAL.VERSION.eq(credential.version())).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(ErrorText.of("error.store.record.credential", credential.title()));
            }
            dsl.deleteFrom(CREDENTIAL_SEARCH).where(CREDENTIAL_SEARCH.CREDENTIAL_ID.eq(credential.id())).execute();
            dsl.deleteFrom(CREDENTIAL_SKILL).where(CREDENTIAL_SKILL.CREDENTIAL_ID.eq(credential.id())).execute();
            dsl.deleteFrom(CREDENTIAL_RECOGNITION).where(CREDENTIAL_RECOGNITION.CREDENTIAL_ID.eq(credential.id()))
                    .execute();
        }
        dsl.insertInto(CREDENTIAL_SEARCH).set(CREDENTIAL_SEARCH.CREDENTIAL_ID, credential.id())
                .set(CREDENTIAL_SEARCH.SEARCH_TEXT, searchText(credential.title(), providerName(credential), credential.skills()))
                .execute();
        Map<String, SkillRef> uniqueSkills = new LinkedHashMap<>();
        credential.skills().forEach(s -> uniqueSkills.putIfAbsent(s.label().toLowerCase(Locale.ROOT), s));
        for (SkillRef skill : uniqueSkills.values()) {
            dsl.insertInto(CREDENTIAL_SKILL).set(CREDENTIAL_SKILL.CREDENTIAL_ID, credential.id())
                    .set(CREDENTIAL_SKILL.LABEL, skill.label()).set(CREDENTIAL_SKILL.TAXONOMY_URI, skill.taxonomyUri())
                    .execute();
        }
        for (Recognition r : credential.recognition()) {
            dsl.insertInto(CREDENTIAL_RECOGNITION).set(CREDENTIAL_RECOGNITION.CREDENTIAL_ID, credential.id())
                    .set(CREDENTIAL_RECOGNITION.INDUSTRY, r.industry()).set(CREDENTIAL_RECOGNITION.LEVEL, r.level())
                    .set(CREDENTIAL_RECOGNITION.EVIDENCE, r.evidence()).execute();
        }
        return find(credential.id()).orElseThrow();
    }

    /**
     * Adds many new credentials in one transaction with batched inserts, for bulk loads of whole
     * catalogs; unlike {@link #save(Credential)} it neither updates nor reads back. The providers
     * must exist already.
     */
    public void insertAll(List<Credential> credentials) {
        dsl.transaction(c -> {
            CatalogRepository tx = new CatalogRepository(c.dsl());
            LocalDateTime now = StoreTime.now();
            Map<UUID, String> providerNames = new HashMap<>();
            tx.providers().forEach(p -> providerNames.put(p.id(), p.name()));
            // Parents first: jOOQ batches by table, so each table gets its own batch, in order.
            List<TableRecord<?>> rows = new ArrayList<>();
            List<TableRecord<?>> searchRows = new ArrayList<>();
            List<TableRecord<?>> skillRows = new ArrayList<>();
            List<TableRecord<?>> recognitionRows = new ArrayList<>();
            for (Credential credential : credentials) {
                CredentialRecord record = tx.toRecord(credential, now);
                record.setCreatedAt(now);
                record.setVersion(0);
                rows.add(record);
                var search = c.dsl().newRecord(CREDENTIAL_SEARCH);
                search.setCredentialId(credential.id());
                search.setSearchText(searchText(credential.title(), providerNames.get(credential.providerId()),
                        credential.skills()));
                searchRows.add(search);
                Map<String, SkillRef> uniqueSkills = new LinkedHashMap<>();
                credential.skills().forEach(s -> uniqueSkills.putIfAbsent(s.label().toLowerCase(Locale.ROOT), s));
                for (SkillRef skill : uniqueSkills.values()) {
                    var r = c.dsl().newRecord(CREDENTIAL_SKILL);
                    r.setCredentialId(credential.id());
                    r.setLabel(skill.label());
                    r.setTaxonomyUri(skill.taxonomyUri());
                    skillRows.add(r);
                }
                for (Recognition rec : credential.recognition()) {
                    var r = c.dsl().newRecord(CREDENTIAL_RECOGNITION);
                    r.setCredentialId(credential.id());
                    r.setIndustry(rec.industry());
                    r.setLevel(rec.level());
                    r.setEvidence(rec.evidence());
                    recognitionRows.add(r);
                }
            }
            c.dsl().batchInsert(rows).execute();
            c.dsl().batchInsert(searchRows).execute();
            c.dsl().batchInsert(skillRows).execute();
            c.dsl().batchInsert(recognitionRows).execute();
        });
    }

    /** Deletes a credential; refused with a {@link CredentialInUseException} while a goal still uses it. */
    public boolean delete(UUID id) {
        int uses = dsl.fetchCount(CANDIDATE, CANDIDATE.CREDENTIAL_ID.eq(id));
        if (uses > 0) {
            throw new CredentialInUseException(uses);
        }
        return dsl.deleteFrom(CREDENTIAL).where(CREDENTIAL.ID.eq(id)).execute() > 0;
    }

    /**
     * Every skill label a picker can offer, each once whatever its case, with its taxonomy URI where
     * one is known: the skill table (ESCO, O*NET, the user's own) first, then labels used in the
     * catalog and in goals.
     */
    public Map<String, String> skillLabels() {
        Map<String, String> byLower = new HashMap<>();
        Map<String, String> uris = new LinkedHashMap<>();
        dsl.select(SKILL.LABEL, SKILL.URI).from(SKILL).orderBy(SKILL.LABEL)
                .forEach(r -> addLabel(byLower, uris, r.value1(), r.value2()));
        dsl.selectDistinct(CREDENTIAL_SKILL.LABEL, CREDENTIAL_SKILL.TAXONOMY_URI).from(CREDENTIAL_SKILL)
                .orderBy(CREDENTIAL_SKILL.LABEL).forEach(r -> addLabel(byLower, uris, r.value1(), r.value2()));
        dsl.selectDistinct(GOAL_SKILL.LABEL, GOAL_SKILL.TAXONOMY_URI).from(GOAL_SKILL)
                .orderBy(GOAL_SKILL.LABEL).forEach(r -> addLabel(byLower, uris, r.value1(), r.value2()));
        return uris;
    }

    private static void addLabel(Map<String, String> byLower, Map<String, String> uris, String label, String uri) {
        String lower = label.toLowerCase(Locale.ROOT);
        String known = byLower.putIfAbsent(lower, label);
        if (known == null) {
            uris.put(label, uri);
        } else if (uris.get(known) == null && uri != null) {
            uris.put(known, uri);
        }
    }

    /** Reads what the interactive catalog filters and sorts on, for every credential (see {@link CatalogIndex}). */
    public CatalogIndex loadIndex() {
        return loadIndex(null);
    }

    /**
     * Searches the way the catalog screen does: the screen's index and its query, over the index
     * entries of only those credentials whose search text holds every word (a superset of the
     * matches, found by one SQL scan), so that a one-off search, such as the command line's,
     * need not read the index of the whole catalog. Same matches, same order as the screen.
     */
    public List<Credential> searchAsTheScreen(CatalogQuery query) {
        String[] terms = query.terms();
        Condition containsAll = DSL.noCondition();
        for (String term : terms) {
            containsAll = containsAll.and(CREDENTIAL_SEARCH.SEARCH_TEXT.contains(term));
        }
        UUID[] ids = loadIndex(terms.length == 0 ? null : containsAll).query(query);
        return findAllInOrder(ids);
    }

    /** The credentials of the ids, in the order of the ids. */
    private List<Credential> findAllInOrder(UUID[] ids) {
        Map<UUID, Credential> byId = new HashMap<>();
        for (int from = 0; from < ids.length; from += IN_CHUNK) {
            List<UUID> chunk = Arrays.asList(ids).subList(from, Math.min(ids.length, from + IN_CHUNK));
            load(CREDENTIAL.ID.in(chunk), Integer.MAX_VALUE).forEach(c -> byId.put(c.id(), c));
        }
        List<Credential> ordered = new ArrayList<>(ids.length);
        for (UUID id : ids) {
            ordered.add(byId.get(id));
        }
        return ordered;
    }

    /**
     * The index of the credentials whose search text matches a condition (null: all of them). The
     * search text has a table of its own, which a search scans instead of the credentials' rows.
     */
    private CatalogIndex loadIndex(Condition searched) {
        Map<UUID, String> searchTexts = new HashMap<>();
        dsl.select(CREDENTIAL_SEARCH.CREDENTIAL_ID, CREDENTIAL_SEARCH.SEARCH_TEXT).from(CREDENTIAL_SEARCH)
                .where(searched == null ? DSL.noCondition() : searched).fetchSize(2000)
                .forEach(r -> searchTexts.put(r.value1(), r.value2()));
        Map<UUID, List<String>> industries = new HashMap<>();
        Map<String, String> sharedIndustries = new HashMap<>();
        // Provider names by id, shared: a join per row and an ORDER BY made this read several times slower.
        Map<UUID, String> providerNames = new HashMap<>();
        dsl.select(PROVIDER.ID, PROVIDER.NAME).from(PROVIDER)
                .forEach(r -> providerNames.put(r.value1(), r.value2().toLowerCase(Locale.ROOT)));
        List<CatalogIndex.Entry> entries = new ArrayList<>();
        if (searched == null) {
            readIndustries(DSL.noCondition(), industries, sharedIndustries);
            indexColumns().fetchSize(2000).forEach(r -> entries.add(entry(r, searchTexts, providerNames, industries)));
        } else {
            // Only the matching credentials' rows and recognition, by id.
            List<UUID> ids = List.copyOf(searchTexts.keySet());
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                readIndustries(CREDENTIAL_RECOGNITION.CREDENTIAL_ID.in(chunk), industries, sharedIndustries);
                indexColumns().where(CREDENTIAL.ID.in(chunk))
                        .forEach(r -> entries.add(entry(r, searchTexts, providerNames, industries)));
            }
        }
        return new CatalogIndex(entries);
    }

    /** What an index entry needs of a credential's own row (a new query each time: jOOQ's are mutable). */
    private SelectJoinStep<Record11<UUID, String, UUID, BigDecimal, Integer, String, String, Boolean, String, Boolean,
            LocalDate>> indexColumns() {
        return dsl.select(CREDENTIAL.ID, CREDENTIAL.TITLE_SORT, CREDENTIAL.PROVIDER_ID,
                        CREDENTIAL.TOTAL_COST, CREDENTIAL.EFFORT_HOURS, CREDENTIAL.FORMAT, CREDENTIAL.PACING,
                        DSL.field(CREDENTIAL.ACCREDITATION_BODY.isNotNull()), CREDENTIAL.BADGE_STANDARD,
                        DSL.field(CREDENTIAL.CREDITS.isNotNull()), CREDENTIAL.LAST_VERIFIED)
                .from(CREDENTIAL);
    }

    private void readIndustries(Condition condition, Map<UUID, List<String>> industries, Map<String, String> shared) {
        dsl.select(CREDENTIAL_RECOGNITION.CREDENTIAL_ID, CREDENTIAL_RECOGNITION.INDUSTRY).from(CREDENTIAL_RECOGNITION)
                .where(CREDENTIAL_RECOGNITION.LEVEL.gt(0)).and(condition)
                .fetch()
                .forEach(r -> industries.computeIfAbsent(r.value1(), k -> new ArrayList<>(2))
                        .add(shared.computeIfAbsent(r.value2(), k -> k)));
    }

    private static CatalogIndex.Entry entry(
            Record11<UUID, String, UUID, BigDecimal, Integer, String, String, Boolean, String, Boolean, LocalDate> r,
            Map<UUID, String> searchTexts, Map<UUID, String> providerNames, Map<UUID, List<String>> industries) {
        return new CatalogIndex.Entry(r.value1(), r.value2(), searchTexts.getOrDefault(r.value1(), ""),
                r.value3() == null ? "" : providerNames.getOrDefault(r.value3(), ""),
                r.value4().doubleValue(), r.value5(), DeliveryFormat.valueOf(r.value6()), Pacing.valueOf(r.value7()),
                Boolean.TRUE.equals(r.value8()), !BadgeStandard.NONE.name().equals(r.value9()),
                Boolean.TRUE.equals(r.value10()), r.value11(), industries.getOrDefault(r.value1(), List.of()));
    }

    /** The index entry of one credential, after it was saved. */
    public Optional<CatalogIndex.Entry> indexEntry(UUID id) {
        return find(id).map(CatalogIndex::entryOf);
    }

    /** The catalog's sort key of a title: lower case, so that "aws" and "AWS" sort together. */
    public static String sortKey(String title) {
        String key = title.strip().toLowerCase(Locale.ROOT);
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    private String providerName(Credential credential) {
        if (credential.providerId() == null) {
            return null;
        }
        return dsl.select(PROVIDER.NAME).from(PROVIDER).where(PROVIDER.ID.eq(credential.providerId()))
                .fetchOptional(PROVIDER.NAME).orElse(credential.providerName());
    }

    private void refreshSearchText(List<UUID> credentialIds) {
        for (Credential c : findAll(credentialIds)) {
            dsl.update(CREDENTIAL_SEARCH).set(CREDENTIAL_SEARCH.SEARCH_TEXT, searchText(c.title(), c.providerName(), c.skills()))
                    .where(CREDENTIAL_SEARCH.CREDENTIAL_ID.eq(c.id())).execute();
        }
    }

    static String searchText(String title, String providerName, List<SkillRef> skills) {
        StringBuilder text = new StringBuilder(title);
        if (providerName != null) {
            text.append(" | ").append(providerName);
        }
        for (SkillRef skill : skills) {
            text.append(" | ").append(skill.label());
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return lower.length() > 4000 ? lower.substring(0, 4000) : lower;
    }

    static Condition conditionFor(CatalogFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.text() != null) {
            Condition searched = DSL.noCondition();
            for (String term : filter.text().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!term.isEmpty()) {
                    searched = searched.and(CREDENTIAL_SEARCH.SEARCH_TEXT.contains(term));
                }
            }
            // A correlated EXISTS is a key lookup per row; H2 runs an IN over the subquery's ids
            // far more slowly when most rows match (a one-letter search).
            condition = condition.and(DSL.exists(DSL.selectOne().from(CREDENTIAL_SEARCH)
                    .where(CREDENTIAL_SEARCH.CREDENTIAL_ID.eq(CREDENTIAL.ID)).and(searched)));
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(CREDENTIAL_RECOGNITION)
                    .where(CREDENTIAL_RECOGNITION.CREDENTIAL_ID.eq(CREDENTIAL.ID))
                    .and(CREDENTIAL_RECOGNITION.INDUSTRY.eq(filter.industry()))
                    .and(CREDENTIAL_RECOGNITION.LEVEL.gt(0))));
        }
        if (filter.minCost() != null) {
            condition = condition.and(CREDENTIAL.TOTAL_COST.ge(filter.minCost()));
        }
        if (filter.maxCost() != null) {
            condition = condition.and(CREDENTIAL.TOTAL_COST.le(filter.maxCost()));
        }
        if (filter.minEffortHours() != null) {
            condition = condition.and(CREDENTIAL.EFFORT_HOURS.ge(filter.minEffortHours()));
        }
        if (filter.maxEffortHours() != null) {
            condition = condition.and(CREDENTIAL.EFFORT_HOURS.le(filter.maxEffortHours()));
        }
        if (filter.format() != null) {
            condition = condition.and(CREDENTIAL.FORMAT.eq(filter.format().name()));
        }
        if (filter.pacing() != null) {
            condition = condition.and(CREDENTIAL.PACING.eq(filter.pacing().name()));
        }
        if (filter.accreditedOnly()) {
            condition = condition.and(CREDENTIAL.ACCREDITATION_BODY.isNotNull());
        }
        if (filter.badgeOnly()) {
            condition = condition.and(CREDENTIAL.BADGE_STANDARD.ne(BadgeStandard.NONE.name()));
        }
        if (filter.stackableOnly()) {
            condition = condition.and(CREDENTIAL.CREDITS.isNotNull());
        }
        return condition;
    }

    private List<Credential> load(Condition condition, int limit) {
        var rows = dsl.select(CREDENTIAL.asterisk(), PROVIDER.NAME)
                .from(CREDENTIAL).leftJoin(PROVIDER).on(PROVIDER.ID.eq(CREDENTIAL.PROVIDER_ID))
                .where(condition)
                .orderBy(CREDENTIAL.TITLE_SORT, CREDENTIAL.ID)
                .limit(limit)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(r -> r.get(CREDENTIAL.ID));
        Map<UUID, List<SkillRef>> skills = dsl.selectFrom(CREDENTIAL_SKILL)
                .where(CREDENTIAL_SKILL.CREDENTIAL_ID.in(ids)).orderBy(CREDENTIAL_SKILL.LABEL).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getCredentialId(),
                        Collectors.mapping(r -> new SkillRef(r.getLabel(), r.getTaxonomyUri()), Collectors.toList())));
        Map<UUID, List<Recognition>> recognition = dsl.selectFrom(CREDENTIAL_RECOGNITION)
                .where(CREDENTIAL_RECOGNITION.CREDENTIAL_ID.in(ids))
                .orderBy(CREDENTIAL_RECOGNITION.LEVEL.desc(), CREDENTIAL_RECOGNITION.INDUSTRY).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getCredentialId(),
                        Collectors.mapping(r -> new Recognition(r.getIndustry(), r.getLevel(), r.getEvidence()),
                                Collectors.toList())));
        List<Credential> result = new ArrayList<>(rows.size());
        for (Record row : rows) {
            UUID id = row.get(CREDENTIAL.ID);
            result.add(toCredential(row, skills.getOrDefault(id, List.of()), recognition.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static Credential toCredential(Record r, List<SkillRef> skills, List<Recognition> recognition) {
        CostParts costs = new CostParts(r.get(CREDENTIAL.TUITION), r.get(CREDENTIAL.EXAM_FEE),
                r.get(CREDENTIAL.MATERIALS_COST), r.get(CREDENTIAL.RENEWAL_COST), r.get(CREDENTIAL.RENEWAL_PERIOD_MONTHS),
                r.get(CREDENTIAL.CURRENCY));
        Credits credits = r.get(CREDENTIAL.CREDITS) == null ? null
                : new Credits(r.get(CREDENTIAL.CREDITS), CreditUnit.valueOf(r.get(CREDENTIAL.CREDIT_UNIT)),
                        r.get(CREDENTIAL.STACKS_INTO));
        Quality quality = new Quality(r.get(CREDENTIAL.ACCREDITATION_BODY), r.get(CREDENTIAL.CURRICULUM_STANDARD),
                r.get(CREDENTIAL.INSTRUCTOR_EXPERTISE), r.get(CREDENTIAL.CAREER_SUPPORT));
        return new Credential(r.get(CREDENTIAL.ID), r.get(CREDENTIAL.TITLE), r.get(CREDENTIAL.PROVIDER_ID),
                r.get(PROVIDER.NAME), CredentialKind.valueOf(r.get(CREDENTIAL.KIND)), r.get(CREDENTIAL.DESCRIPTION),
                costs, r.get(CREDENTIAL.EFFORT_HOURS), r.get(CREDENTIAL.FIXED_DURATION_WEEKS),
                DeliveryFormat.valueOf(r.get(CREDENTIAL.FORMAT)), Pacing.valueOf(r.get(CREDENTIAL.PACING)), quality,
                credits, BadgeStandard.valueOf(r.get(CREDENTIAL.BADGE_STANDARD)), r.get(CREDENTIAL.VALIDITY_MONTHS),
                r.get(CREDENTIAL.EQF_LEVEL), r.get(CREDENTIAL.URL), r.get(CREDENTIAL.DRAWBACKS),
                new Provenance(r.get(CREDENTIAL.SOURCE), r.get(CREDENTIAL.LAST_VERIFIED)),
                Origin.valueOf(r.get(CREDENTIAL.ORIGIN)), r.get(CREDENTIAL.EXTERNAL_ID), skills, recognition,
                r.get(CREDENTIAL.VERSION));
    }

    private static Provider toProvider(ProviderRecord r) {
        return new Provider(r.getId(), r.getName(), ProviderType.valueOf(r.getType()), r.getCountry(), r.getUrl(),
                r.getVersion());
    }
}
