package io.upskillplanner.exchange.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.IdClaim;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;
import io.upskillplanner.exchange.badges.BadgeRecheck;
import io.upskillplanner.exchange.badges.VerificationResult;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a plan file back. Every row keeps the id it has in the file, so importing the same file
 * again updates what the first import created; nothing on this machine is deleted. Providers are
 * matched by name, since a catalog holds one provider of a name.
 */
public final class PlanImporter implements Importer {

    /** The plan file's contract, shipped from assets/schema. */
    static final SchemaCheck SCHEMA = SchemaCheck.load("/io/upskillplanner/schema/plan-v1.schema.json");

    private final Clock clock;

    public PlanImporter() {
        this(Clock.systemUTC());
    }

    public PlanImporter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String format() {
        return PlanFile.FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        return StrictJson.looksLikeJson(file) && StrictJson.headContains(file, "\"" + PlanFile.FORMAT + "\"");
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        JsonNode tree = StrictJson.parse(file);
        JsonAt root = JsonAt.root(file, tree).requireObject();
        String format = root.text("format");
        if (!PlanFile.FORMAT.equals(format)) {
            throw root.child("format").reject(ErrorText.of("error.plan.format", PlanFile.FORMAT));
        }
        JsonAt versionAt = root.child("formatVersion");
        if (versionAt.isAbsent() || !versionAt.node().isIntegralNumber()) {
            throw versionAt.reject(ErrorText.of("error.plan.versionNotNumber", PlanFile.VERSION));
        }
        if (versionAt.node().asLong() != PlanFile.VERSION) {
            throw versionAt.reject(ErrorText.of("error.plan.versionUnsupported", versionAt.node().asText(),
                    PlanFile.VERSION, root.has("application") ? ErrorText.plain(root.text("application"))
                            : ErrorText.of("error.plan.anotherVersion")));
        }
        Content content = read(root, new BadgeRecheck(clock), LocalDate.now(clock));
        // The published schema is the contract: what the mapping above does not check (unknown members,
        // forms of ids and dates, lengths) is refused here, before anything is written.
        SCHEMA.check(root);
        return new PlanFileImport(file, content, store);
    }

    /** Everything a plan file holds, checked and turned into domain records. */
    record Content(Profile profile, Map<String, BigDecimal> weights, List<SessionNote> notes, List<Goal> goals,
                   List<Candidate> candidates, List<EarnedBadge> badges, List<Provider> providers,
                   List<CatalogEntry> credentials, Map<UUID, JsonAt> credentialRefs, Map<UUID, JsonAt> idPlaces) {
    }

    /**
     * A badge's verdict is checked again from its raw credential: the file's "verification" field
     * is its own claim, and a forged "verified" must not reach the client's report.
     */
    private static VerificationResult verified(JsonAt badge, BadgeRecheck recheck) {
        return recheck.verify(badge.requiredText("rawCredential"), badge.file() + " at " + badge.pointer());
    }

    /**
     * What a catalog entry says about itself is its author's word: it cannot be demo data, which
     * the app treats as its own, nor verified on a day that has not come yet.
     */
    private static CatalogEntry distrusted(CatalogEntry entry, LocalDate today) {
        Credential c = entry.credential();
        Provenance provenance = c.provenance() == null ? null
                : new Provenance(c.provenance().source(), notAfter(c.provenance().lastVerified(), today));
        List<CredentialFact> facts = entry.facts().stream()
                .map(f -> new CredentialFact(f.field(), f.source(), notAfter(f.lastVerified(), today), f.flag())).toList();
        return new CatalogEntry(new Credential(c.id(), c.title(), c.providerId(), c.providerName(), c.kind(),
                c.description(), c.costs(), c.effortHours(), c.fixedDurationWeeks(), c.format(), c.pacing(),
                c.quality(), c.credits(), c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(),
                c.drawbacks(), provenance, c.origin() == Origin.DEMO ? Origin.IMPORT : c.origin(), c.externalId(),
                c.skills(), c.recognition(), c.version()), facts);
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date == null || date.isAfter(today) ? null : date;
    }

    private static Content read(JsonAt root, BadgeRecheck recheck, LocalDate today) {
        List<Provider> providers = new ArrayList<>();
        Set<UUID> providerIds = new HashSet<>();
        for (JsonAt p : root.array("providers")) {
            Provider provider = CatalogJson.provider(p);
            if (!providerIds.add(provider.id())) {
                throw p.child("id").reject(ErrorText.of("error.plan.repeatedProvider", provider.id()));
            }
            providers.add(provider);
        }
        List<CatalogEntry> credentials = new ArrayList<>();
        Set<UUID> credentialIds = new HashSet<>();
        for (JsonAt c : root.array("credentials")) {
            CatalogEntry entry = distrusted(CatalogJson.credential(c), today);
            if (!credentialIds.add(entry.credential().id())) {
                throw c.child("id").reject(ErrorText.of("error.plan.repeatedCredential", entry.credential().id()));
            }
            UUID providerId = entry.credential().providerId();
            if (providerId != null && !providerIds.contains(providerId)) {
                throw c.child("providerId").reject(ErrorText.of("error.plan.unknownProvider", providerId));
            }
            credentials.add(entry);
        }

        JsonAt p = root.object("profile");
        UUID profileId = p.requiredUuid("id");
        JsonAt budget = p.object("budget");
        Profile profile = CatalogJson.guard(p, () -> new Profile(profileId, p.requiredText("name"),
                p.enumValue("kind", ProfileKind.class, null), p.text("currentRole"), p.text("currentIndustry"),
                p.requiredDecimal("weeklyHours", BoundedNumbers.WEEKLY_HOURS),
                CatalogJson.guard(budget, () -> new Money(budget.requiredDecimal("amount", BoundedNumbers.MONEY),
                        budget.requiredText("currency"))),
                // "Sample data" puts a demo notice on the client's report: a file cannot declare itself so.
                p.decimal("salaryNow", BoundedNumbers.MONEY), p.text("notes"), false, p.dateTime("createdAt"),
                p.dateTime("updatedAt"), 0));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        JsonAt weightsAt = p.child("weights");
        if (!weightsAt.isAbsent()) {
            weightsAt.requireObject();
            for (var w : weightsAt.members()) {
                BigDecimal weight = weightsAt.decimal(w.getKey(), BoundedNumbers.WEIGHT);
                if (weight == null || weight.signum() < 0) {
                    throw w.getValue().reject(ErrorText.of("error.plan.negativeWeight"));
                }
                weights.put(w.getKey(), weight);
            }
        }

        // Where each goal, candidate, note and badge id stands in the file, to point at it if it clashes.
        Map<UUID, JsonAt> idPlaces = new HashMap<>();
        List<SessionNote> notes = new ArrayList<>();
        for (JsonAt n : p.array("sessionNotes")) {
            n.requireObject();
            idPlaces.put(n.requiredUuid("id"), n.child("id"));
            notes.add(CatalogJson.guard(n, () -> new SessionNote(n.requiredUuid("id"), profileId,
                    n.dateTime("createdAt"), n.dateTime("updatedAt"), n.text("text"))));
        }

        List<Goal> goals = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<UUID, JsonAt> credentialRefs = new LinkedHashMap<>();
        for (JsonAt g : p.array("goals")) {
            g.requireObject();
            UUID goalId = g.requiredUuid("id");
            idPlaces.put(goalId, g.child("id"));
            List<GoalSkill> skills = new ArrayList<>();
            for (JsonAt s : g.array("skills")) {
                s.requireObject();
                skills.add(CatalogJson.guard(s, () -> new GoalSkill(new SkillRef(s.requiredText("label"), s.text("uri")),
                        s.integer("importance", BoundedNumbers.LEVEL, 3))));
            }
            goals.add(CatalogJson.guard(g, () -> new Goal(goalId, profileId, g.requiredText("title"),
                    g.text("targetRole"), g.text("targetIndustry"), g.date("deadline"), g.decimal("budgetCap", BoundedNumbers.MONEY),
                    g.decimal("weeklyHours", BoundedNumbers.WEEKLY_HOURS), g.decimal("expectedSalaryAfter", BoundedNumbers.MONEY), g.integer("priority", BoundedNumbers.LEVEL, 3),
                    g.enumValue("status", GoalStatus.class, GoalStatus.ACTIVE),
                    g.enumValue("scheduleMode", ScheduleMode.class, ScheduleMode.SEQUENTIAL), g.text("notes"), skills,
                    g.dateTime("createdAt"), g.dateTime("updatedAt"), 0)));
            Set<UUID> perGoal = new HashSet<>();
            for (JsonAt c : g.array("candidates")) {
                c.requireObject();
                UUID credentialId = c.requiredUuid("credentialId");
                if (!perGoal.add(credentialId)) {
                    throw c.child("credentialId").reject(ErrorText.of("error.plan.repeatedCandidate", credentialId));
                }
                credentialRefs.putIfAbsent(credentialId, c.child("credentialId"));
                idPlaces.put(c.requiredUuid("id"), c.child("id"));
                candidates.add(CatalogJson.guard(c, () -> new Candidate(c.requiredUuid("id"), goalId, credentialId,
                        c.enumValue("status", CandidateStatus.class, CandidateStatus.CONSIDERING),
                        c.date("plannedStart"), c.integer("order", BoundedNumbers.ORDER, 0), c.text("note"), c.dateTime("createdAt"),
                        c.dateTime("updatedAt"), 0)));
            }
        }

        List<EarnedBadge> badges = new ArrayList<>();
        for (JsonAt b : p.array("earnedBadges")) {
            b.requireObject();
            idPlaces.put(b.requiredUuid("id"), b.child("id"));
            UUID credentialId = b.uuid("credentialId");
            if (credentialId != null) {
                credentialRefs.putIfAbsent(credentialId, b.child("credentialId"));
            }
            badges.add(CatalogJson.guard(b, () -> new EarnedBadge(b.requiredUuid("id"), profileId, credentialId,
                    b.enumValue("badgeFormat", BadgeFormat.class, null), b.text("externalId"), b.text("issuerName"), b.text("issuerId"),
                    b.requiredText("achievementName"), b.text("achievementId"), b.text("achievementType"),
                    b.text("description"), b.decimal("credits", BoundedNumbers.CREDITS), b.dateTime("issuedOn"), b.dateTime("validFrom"),
                    b.dateTime("validUntil"), verified(b, recheck).status(), verified(b, recheck).detail(),
                    b.requiredText("rawCredential"), b.dateTime("importedAt"), CatalogJson.skills(b, "skills"))));
        }
        return new Content(profile, weights, notes, goals, candidates, badges, providers, credentials, credentialRefs,
                idPlaces);
    }

    /** The preview and the writes of one plan file. */
    private static final class PlanFileImport implements ImportPlan {

        private final ImportFile file;
        private final Content content;
        private final List<String> summary = new ArrayList<>();
        private final Map<UUID, UUID> providerIdMap = new HashMap<>();
        private final List<Provider> newProviders = new ArrayList<>();

        PlanFileImport(ImportFile file, Content content, Store store) {
            this.file = file;
            this.content = content;
            Set<UUID> fileCredentials = new HashSet<>();
            content.credentials().forEach(e -> fileCredentials.add(e.credential().id()));
            Set<UUID> missing = new HashSet<>(content.credentialRefs().keySet());
            missing.removeAll(fileCredentials);
            Set<UUID> known = store.transfer().existingCredentialIds(missing);
            for (UUID id : missing) {
                if (!known.contains(id)) {
                    throw content.credentialRefs().get(id).reject(ErrorText.of("error.plan.unknownCredential", id));
                }
            }
            for (Provider provider : content.providers()) {
                var existing = store.catalog().findProviderByName(provider.name());
                if (existing.isPresent()) {
                    providerIdMap.put(provider.id(), existing.get().id());
                } else {
                    providerIdMap.put(provider.id(), provider.id());
                    newProviders.add(provider);
                }
            }
            refuseToMoveRecords(store);
            Profile profile = content.profile();
            boolean profileExists = !store.transfer().existingProfileIds(List.of(profile.id())).isEmpty();
            summary.add((profileExists ? "Update" : "Add") + " profile '" + profile.name() + "'");
            count("goal", "goals", content.goals().size(),
                    store.transfer().existingGoalIds(content.goals().stream().map(Goal::id).toList()).size());
            count("candidate", "candidates", content.candidates().size(), store.transfer()
                    .existingCandidateIds(content.candidates().stream().map(Candidate::id).toList()).size());
            count("session note", "session notes", content.notes().size(), store.transfer()
                    .existingSessionNoteIds(content.notes().stream().map(SessionNote::id).toList()).size());
            count("earned badge", "earned badges", content.badges().size(), store.transfer()
                    .existingBadgeIds(content.badges().stream().map(EarnedBadge::id).toList()).size());
            count("catalog entry", "catalog entries", content.credentials().size(), store.transfer().existingCredentialIds(
                    content.credentials().stream().map(e -> e.credential().id()).toList()).size());
            if (!newProviders.isEmpty()) {
                summary.add("Add " + newProviders.size() + " provider" + (newProviders.size() == 1 ? "" : "s"));
            }
        }

        /**
         * A goal, note or badge whose id already belongs to another profile on this machine (or a
         * candidate of another goal) would be moved by the import: one client's records would end
         * up in another's plan. Refused, before anything is written.
         */
        private void refuseToMoveRecords(Store store) {
            UUID profileId = content.profile().id();
            Map<UUID, UUID> goalOwners = store.transfer().goalOwners(content.goals().stream().map(Goal::id).toList());
            refuseOthers(goalOwners, profileId, ErrorText.of("error.plan.record.goal"));
            refuseOthers(store.transfer().sessionNoteOwners(content.notes().stream().map(SessionNote::id).toList()),
                    profileId, ErrorText.of("error.plan.record.sessionNote"));
            refuseOthers(store.transfer().badgeOwners(content.badges().stream().map(EarnedBadge::id).toList()),
                    profileId, ErrorText.of("error.plan.record.earnedBadge"));
            Map<UUID, UUID> candidateGoals = store.transfer().candidateGoals(
                    content.candidates().stream().map(Candidate::id).toList());
            for (Candidate candidate : content.candidates()) {
                UUID goal = candidateGoals.get(candidate.id());
                if (goal != null && !goal.equals(candidate.goalId())) {
                    throw content.idPlaces().get(candidate.id()).reject(ErrorText.of("error.plan.candidateOfAnotherGoal"));
                }
            }
        }

        @Override
        public List<IdClaim> claims() {
            List<IdClaim> claims = new ArrayList<>();
            claims.add(new IdClaim("profile " + content.profile().id(), "at /profile/id", content.profile()));
            content.goals().forEach(g -> claims.add(claim("goal", g.id(), g)));
            content.candidates().forEach(c -> claims.add(claim("candidate", c.id(), c)));
            content.notes().forEach(n -> claims.add(claim("session note", n.id(), n)));
            content.badges().forEach(b -> claims.add(claim("earned badge", b.id(), b)));
            content.credentials().forEach(e -> claims.add(new IdClaim("credential " + e.credential().id(),
                    "credential '" + e.credential().title() + "'", e)));
            return claims;
        }

        private IdClaim claim(String kind, UUID id, Object record) {
            JsonAt at = content.idPlaces().get(id);
            return new IdClaim(kind + " " + id, at == null ? kind + " " + id : "at " + at.pointer(), record);
        }

        private void refuseOthers(Map<UUID, UUID> owners, UUID profileId, ErrorText what) {
            owners.forEach((id, owner) -> {
                if (!owner.equals(profileId)) {
                    throw content.idPlaces().get(id).reject(ErrorText.of("error.plan.recordOfAnotherProfile", what,
                            content.profile().name()));
                }
            });
        }

        private void count(String noun, String plural, int total, int existing) {
            if (total > 0) {
                int added = total - existing;
                summary.add(total + " " + (total == 1 ? noun : plural) + ": " + added + " new, " + existing
                        + " updated");
            }
        }

        @Override
        public ImportFile file() {
            return file;
        }

        @Override
        public String format() {
            return PlanFile.FORMAT_NAME;
        }

        @Override
        public List<String> summary() {
            return summary;
        }

        @Override
        public int entryCount() {
            return 1 + content.goals().size() + content.candidates().size() + content.notes().size()
                    + content.badges().size() + content.credentials().size();
        }

        @Override
        public void apply(Store tx) {
            newProviders.forEach(p -> tx.catalog().saveProvider(p));
            List<CatalogEntry> entries = new ArrayList<>();
            for (CatalogEntry entry : content.credentials()) {
                Credential c = entry.credential();
                UUID providerId = c.providerId() == null ? null : providerIdMap.get(c.providerId());
                entries.add(new CatalogEntry(new Credential(c.id(), c.title(), providerId, null, c.kind(),
                        c.description(), c.costs(), c.effortHours(), c.fixedDurationWeeks(), c.format(), c.pacing(),
                        c.quality(), c.credits(), c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(),
                        c.drawbacks(), c.provenance(), c.origin(), c.externalId(), c.skills(), c.recognition(), 0),
                        entry.facts()));
            }
            tx.transfer().upsertCatalog(entries);
            tx.transfer().saveProfileAsIs(content.profile(), content.weights());
            content.notes().forEach(n -> tx.profiles().saveSessionNote(n));
            content.goals().forEach(g -> tx.transfer().saveGoalAsIs(g));
            content.candidates().forEach(c -> tx.transfer().saveCandidateAsIs(c));
            content.badges().forEach(b -> tx.earnedBadges().save(b));
        }
    }
}
