package io.upskillplanner.exchange.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.Version;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.SessionNote;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes one profile as a plan file: the profile with its weights, session notes, goals (skills,
 * candidates) and earned badges, plus the catalog entries and providers those use, so that the
 * file imports on another machine without its catalog. The order of everything is fixed, so two
 * exports of the same data are equal apart from "exportedAt".
 */
public final class PlanExporter {

    private final Store store;

    public PlanExporter(Store store) {
        this.store = store;
    }

    /** The plan file of {@code profile}, as records. */
    public PlanFileV1 file(Profile profile) {
        return store.inTransaction(tx -> build(tx, profile));
    }

    /** The plan file of {@code profile} as a tree, byte for byte what {@link #write} writes. */
    public ObjectNode export(Profile profile) {
        return PlanJson.tree(file(profile));
    }

    public void write(Profile profile, Path out) {
        PlanFileV1 file = file(profile);
        try (OutputStream stream = Files.newOutputStream(out)) {
            PlanJson.write(file, stream);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    public static byte[] bytes(ObjectNode document) {
        try {
            return PlanJson.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PlanFileV1 build(Store tx, Profile profile) {
        List<SessionNoteJson> notes = new ArrayList<>();
        for (SessionNote n : tx.profiles().sessionNotes(profile.id())) {
            notes.add(new SessionNoteJson(n.id().toString(), time(n.createdAt()), time(n.updatedAt()), n.text()));
        }

        Set<UUID> credentialIds = new LinkedHashSet<>();
        List<GoalJson> goals = new ArrayList<>();
        for (Goal g : tx.goals().listForProfile(profile.id())) {
            List<GoalSkillJson> skills = new ArrayList<>();
            for (GoalSkill s : g.skills()) {
                skills.add(new GoalSkillJson(s.skill().label(), s.skill().taxonomyUri(), s.importance()));
            }
            List<CandidateJson> candidates = new ArrayList<>();
            for (Candidate c : tx.candidates().listForGoal(g.id())) {
                credentialIds.add(c.credentialId());
                candidates.add(new CandidateJson(c.id().toString(), c.credentialId().toString(), c.status().name(),
                        Objects.toString(c.plannedStart(), null), c.order(), c.note(), time(c.createdAt()),
                        time(c.updatedAt())));
            }
            goals.add(new GoalJson(g.id().toString(), g.title(), g.targetRole(), g.targetIndustry(),
                    Objects.toString(g.deadline(), null), g.budgetCap(), g.weeklyHours(), g.expectedSalaryAfter(),
                    g.priority(), g.status().name(), g.scheduleMode().name(), g.notes(), time(g.createdAt()),
                    time(g.updatedAt()), skills, candidates));
        }

        List<EarnedBadgeJson> badges = new ArrayList<>();
        for (EarnedBadge b : tx.earnedBadges().list(profile.id())) {
            if (b.credentialId() != null) {
                credentialIds.add(b.credentialId());
            }
            badges.add(badge(b));
        }

        Map<String, BigDecimal> weights = new LinkedHashMap<>(tx.profiles().weights(profile.id()));
        ProfileJson p = new ProfileJson(profile.id().toString(), profile.name(), profile.kind().name(),
                profile.currentRole(), profile.currentIndustry(), profile.weeklyHours(),
                new BudgetJson(profile.budget().amount(), profile.budget().currency()), profile.salaryNow(),
                profile.notes(), profile.sampleData(), time(profile.createdAt()), time(profile.updatedAt()), weights,
                notes, goals, badges);

        List<Credential> credentials = tx.catalog().findAll(credentialIds).stream()
                .sorted(Comparator.comparing(Credential::id)).toList();
        Map<UUID, List<CredentialFact>> facts = tx.facts().forCredentials(credentialIds);
        Set<UUID> providerIds = new LinkedHashSet<>();
        credentials.stream().map(Credential::providerId).filter(Objects::nonNull).forEach(providerIds::add);
        List<ProviderJson> providers = tx.catalog().providers().stream().filter(pr -> providerIds.contains(pr.id()))
                .sorted(Comparator.comparing(Provider::name).thenComparing(Provider::id))
                .map(CatalogJson::provider).toList();
        List<CredentialJson> catalog = credentials.stream()
                .map(c -> CatalogJson.credential(new CatalogEntry(c, facts.getOrDefault(c.id(), List.of())))).toList();
        return new PlanFileV1(PlanFile.FORMAT, PlanFile.VERSION,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), Version.full(), p, providers, catalog);
    }

    private static EarnedBadgeJson badge(EarnedBadge b) {
        return new EarnedBadgeJson(b.id().toString(), Objects.toString(b.credentialId(), null), b.format().name(),
                b.externalId(), b.issuerName(), b.issuerId(), b.achievementName(), b.achievementId(),
                b.achievementType(), b.description(), b.credits(), time(b.issuedOn()), time(b.validFrom()),
                time(b.validUntil()), b.verification().name(), b.verificationDetail(), b.rawCredential(),
                time(b.importedAt()), CatalogJson.skills(b.skills()));
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : time.toString();
    }
}
