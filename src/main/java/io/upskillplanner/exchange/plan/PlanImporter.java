package io.upskillplanner.exchange.plan;

import static io.upskillplanner.exchange.plan.Members.choice;
import static io.upskillplanner.exchange.plan.Members.date;
import static io.upskillplanner.exchange.plan.Members.dateTime;
import static io.upskillplanner.exchange.plan.Members.guard;
import static io.upskillplanner.exchange.plan.Members.item;
import static io.upskillplanner.exchange.plan.Members.list;
import static io.upskillplanner.exchange.plan.Members.requiredNumber;
import static io.upskillplanner.exchange.plan.Members.requiredObject;
import static io.upskillplanner.exchange.plan.Members.requiredText;
import static io.upskillplanner.exchange.plan.Members.requiredUuid;
import static io.upskillplanner.exchange.plan.Members.uuid;
import static io.upskillplanner.exchange.plan.Members.whole;

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
import io.upskillplanner.exchange.IdClaim;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;
import io.upskillplanner.exchange.badges.BadgeRecheck;
import io.upskillplanner.exchange.badges.VerificationResult;
import io.upskillplanner.exchange.plan.file.BudgetJson;
import io.upskillplanner.exchange.plan.file.CandidateJson;
import io.upskillplanner.exchange.plan.file.CredentialJson;
import io.upskillplanner.exchange.plan.file.EarnedBadgeJson;
import io.upskillplanner.exchange.plan.file.GoalJson;
import io.upskillplanner.exchange.plan.file.GoalSkillJson;
import io.upskillplanner.exchange.plan.file.PlanFileV1;
import io.upskillplanner.exchange.plan.file.PlanJson;
import io.upskillplanner.exchange.plan.file.ProfileJson;
import io.upskillplanner.exchange.plan.file.ProviderJson;
import io.upskillplanner.exchange.plan.file.SessionNoteJson;
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
        PlanFileV1 records = PlanJson.read(root);
        Content content = read(records, JsonAt.file(root.file()), new BadgeRecheck(clock), LocalDate.now(clock));
        // The published schema is the contract: what the mapping above does not check (forms of ids and
        // dates, lengths, the 80-hour week, values it does not read) is refused here, before anything is written.
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
    private static VerificationResult verified(EarnedBadgeJson badge, JsonAt at, BadgeRecheck recheck) {
        return recheck.verify(requiredText(at, "rawCredential", badge.rawCredential()), at.file() + " at " + at.pointer());
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

    /**
     * The records of the file as domain records, in the order the checks always ran: catalog first,
     * then the profile. {@code root} is the place of the file, to point at what is refused.
     */
    private static Content read(PlanFileV1 file, JsonAt root, BadgeRecheck recheck, LocalDate today) {
        List<Provider> providers = new ArrayList<>();
        Set<UUID> providerIds = new HashSet<>();
        List<ProviderJson> providersJson = list(file.providers());
        for (int i = 0; i < providersJson.size(); i++) {
            JsonAt at = item(root, "providers", i);
            Provider provider = CatalogJson.provider(providersJson.get(i), at);
            if (!providerIds.add(provider.id())) {
                throw at.child("id").reject(ErrorText.of("error.plan.repeatedProvider", provider.id()));
            }
            providers.add(provider);
        }
        List<CatalogEntry> credentials = new ArrayList<>();
        Set<UUID> credentialIds = new HashSet<>();
        List<CredentialJson> credentialsJson = list(file.credentials());
        for (int i = 0; i < credentialsJson.size(); i++) {
            JsonAt at = item(root, "credentials", i);
            CatalogEntry entry = distrusted(CatalogJson.credential(credentialsJson.get(i), at), today);
            if (!credentialIds.add(entry.credential().id())) {
                throw at.child("id").reject(ErrorText.of("error.plan.repeatedCredential", entry.credential().id()));
            }
            UUID providerId = entry.credential().providerId();
            if (providerId != null && !providerIds.contains(providerId)) {
                throw at.child("providerId").reject(ErrorText.of("error.plan.unknownProvider", providerId));
            }
            credentials.add(entry);
        }

        ProfileJson p = requiredObject(root, "profile", file.profile());
        JsonAt pAt = root.child("profile");
        UUID profileId = requiredUuid(pAt, "id", p.id());
        BudgetJson budget = requiredObject(pAt, "budget", p.budget());
        JsonAt budgetAt = pAt.child("budget");
        Profile profile = guard(pAt, () -> new Profile(profileId, requiredText(pAt, "name", p.name()),
                choice(pAt, "kind", p.kind(), ProfileKind.class, null), p.currentRole(), p.currentIndustry(),
                requiredNumber(pAt, "weeklyHours", p.weeklyHours()),
                guard(budgetAt, () -> new Money(requiredNumber(budgetAt, "amount", budget.amount()),
                        requiredText(budgetAt, "currency", budget.currency()))),
                // "Sample data" puts a demo notice on the client's report: a file cannot declare itself so.
                p.salaryNow(), p.notes(), false, dateTime(pAt, "createdAt", p.createdAt()),
                dateTime(pAt, "updatedAt", p.updatedAt()), 0));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (p.weights() != null) {
            for (var w : p.weights().entrySet()) {
                if (w.getValue() == null || w.getValue().signum() < 0) {
                    throw pAt.child("weights").child(w.getKey()).reject(ErrorText.of("error.plan.negativeWeight"));
                }
                weights.put(w.getKey(), w.getValue());
            }
        }

        // Where each goal, candidate, note and badge id stands in the file, to point at it if it clashes.
        Map<UUID, JsonAt> idPlaces = new HashMap<>();
        List<SessionNote> notes = new ArrayList<>();
        List<SessionNoteJson> notesJson = list(p.sessionNotes());
        for (int i = 0; i < notesJson.size(); i++) {
            SessionNoteJson n = notesJson.get(i);
            JsonAt at = item(pAt, "sessionNotes", i);
            idPlaces.put(requiredUuid(at, "id", n.id()), at.child("id"));
            notes.add(guard(at, () -> new SessionNote(requiredUuid(at, "id", n.id()), profileId,
                    dateTime(at, "createdAt", n.createdAt()), dateTime(at, "updatedAt", n.updatedAt()), n.text())));
        }

        List<Goal> goals = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<UUID, JsonAt> credentialRefs = new LinkedHashMap<>();
        List<GoalJson> goalsJson = list(p.goals());
        for (int i = 0; i < goalsJson.size(); i++) {
            GoalJson g = goalsJson.get(i);
            JsonAt gAt = item(pAt, "goals", i);
            UUID goalId = requiredUuid(gAt, "id", g.id());
            idPlaces.put(goalId, gAt.child("id"));
            List<GoalSkill> skills = new ArrayList<>();
            List<GoalSkillJson> skillsJson = list(g.skills());
            for (int j = 0; j < skillsJson.size(); j++) {
                GoalSkillJson s = skillsJson.get(j);
                JsonAt sAt = item(gAt, "skills", j);
                skills.add(guard(sAt, () -> new GoalSkill(new SkillRef(requiredText(sAt, "label", s.label()), s.uri()),
                        whole(s.importance(), 3))));
            }
            goals.add(guard(gAt, () -> new Goal(goalId, profileId, requiredText(gAt, "title", g.title()),
                    g.targetRole(), g.targetIndustry(), date(gAt, "deadline", g.deadline()), g.budgetCap(),
                    g.weeklyHours(), g.expectedSalaryAfter(), whole(g.priority(), 3),
                    choice(gAt, "status", g.status(), GoalStatus.class, GoalStatus.ACTIVE),
                    choice(gAt, "scheduleMode", g.scheduleMode(), ScheduleMode.class, ScheduleMode.SEQUENTIAL),
                    g.notes(), skills, dateTime(gAt, "createdAt", g.createdAt()),
                    dateTime(gAt, "updatedAt", g.updatedAt()), 0)));
            Set<UUID> perGoal = new HashSet<>();
            List<CandidateJson> candidatesJson = list(g.candidates());
            for (int j = 0; j < candidatesJson.size(); j++) {
                CandidateJson c = candidatesJson.get(j);
                JsonAt cAt = item(gAt, "candidates", j);
                UUID credentialId = requiredUuid(cAt, "credentialId", c.credentialId());
                if (!perGoal.add(credentialId)) {
                    throw cAt.child("credentialId").reject(ErrorText.of("error.plan.repeatedCandidate", credentialId));
                }
                credentialRefs.putIfAbsent(credentialId, cAt.child("credentialId"));
                idPlaces.put(requiredUuid(cAt, "id", c.id()), cAt.child("id"));
                candidates.add(guard(cAt, () -> new Candidate(requiredUuid(cAt, "id", c.id()), goalId, credentialId,
                        choice(cAt, "status", c.status(), CandidateStatus.class, CandidateStatus.CONSIDERING),
                        date(cAt, "plannedStart", c.plannedStart()), whole(c.order(), 0), c.note(),
                        dateTime(cAt, "createdAt", c.createdAt()), dateTime(cAt, "updatedAt", c.updatedAt()), 0)));
            }
        }

        List<EarnedBadge> badges = new ArrayList<>();
        List<EarnedBadgeJson> badgesJson = list(p.earnedBadges());
        for (int i = 0; i < badgesJson.size(); i++) {
            EarnedBadgeJson b = badgesJson.get(i);
            JsonAt at = item(pAt, "earnedBadges", i);
            idPlaces.put(requiredUuid(at, "id", b.id()), at.child("id"));
            UUID credentialId = uuid(at, "credentialId", b.credentialId());
            if (credentialId != null) {
                credentialRefs.putIfAbsent(credentialId, at.child("credentialId"));
            }
            badges.add(guard(at, () -> new EarnedBadge(requiredUuid(at, "id", b.id()), profileId, credentialId,
                    choice(at, "badgeFormat", b.badgeFormat(), BadgeFormat.class, null), b.externalId(), b.issuerName(),
                    b.issuerId(), requiredText(at, "achievementName", b.achievementName()), b.achievementId(),
                    b.achievementType(), b.description(), b.credits(), dateTime(at, "issuedOn", b.issuedOn()),
                    dateTime(at, "validFrom", b.validFrom()), dateTime(at, "validUntil", b.validUntil()),
                    verified(b, at, recheck).status(), verified(b, at, recheck).detail(),
                    requiredText(at, "rawCredential", b.rawCredential()), dateTime(at, "importedAt", b.importedAt()),
                    CatalogJson.skills(b.skills(), at, "skills"))));
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
