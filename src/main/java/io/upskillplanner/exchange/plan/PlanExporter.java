package io.upskillplanner.exchange.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes one profile as a plan file: the profile with its weights, session notes, goals (skills,
 * candidates) and earned badges, plus the catalog entries and providers those use, so that the
 * file imports on another machine without its catalog. The order of everything is fixed, so two
 * exports of the same data are equal apart from "exportedAt".
 */
public final class PlanExporter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Store store;

    public PlanExporter(Store store) {
        this.store = store;
    }

    public ObjectNode export(Profile profile) {
        return store.inTransaction(tx -> build(tx, profile));
    }

    public void write(Profile profile, Path out) {
        ObjectNode document = export(profile);
        try (OutputStream stream = Files.newOutputStream(out)) {
            MAPPER.writeValue(stream, document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    public static byte[] bytes(ObjectNode document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode build(Store tx, Profile profile) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", PlanFile.FORMAT);
        root.put("formatVersion", PlanFile.VERSION);
        root.put("exportedAt", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("application", Version.full());

        ObjectNode p = root.putObject("profile");
        p.put("id", profile.id().toString());
        p.put("name", profile.name());
        p.put("kind", profile.kind().name());
        CatalogJson.putIfSet(p, "currentRole", profile.currentRole());
        CatalogJson.putIfSet(p, "currentIndustry", profile.currentIndustry());
        p.put("weeklyHours", profile.weeklyHours());
        ObjectNode budget = p.putObject("budget");
        budget.put("amount", profile.budget().amount());
        budget.put("currency", profile.budget().currency());
        if (profile.salaryNow() != null) {
            p.put("salaryNow", profile.salaryNow());
        }
        CatalogJson.putIfSet(p, "notes", profile.notes());
        p.put("sampleData", profile.sampleData());
        CatalogJson.putIfSet(p, "createdAt", time(profile.createdAt()));
        CatalogJson.putIfSet(p, "updatedAt", time(profile.updatedAt()));
        ObjectNode weights = p.putObject("weights");
        for (Map.Entry<String, java.math.BigDecimal> w : tx.profiles().weights(profile.id()).entrySet()) {
            weights.put(w.getKey(), w.getValue());
        }

        ArrayNode notes = p.putArray("sessionNotes");
        for (SessionNote n : tx.profiles().sessionNotes(profile.id())) {
            ObjectNode nn = notes.addObject();
            nn.put("id", n.id().toString());
            nn.put("createdAt", time(n.createdAt()));
            nn.put("updatedAt", time(n.updatedAt()));
            nn.put("text", n.text());
        }

        Set<UUID> credentialIds = new LinkedHashSet<>();
        ArrayNode goals = p.putArray("goals");
        for (Goal g : tx.goals().listForProfile(profile.id())) {
            ObjectNode gn = goals.addObject();
            gn.put("id", g.id().toString());
            gn.put("title", g.title());
            CatalogJson.putIfSet(gn, "targetRole", g.targetRole());
            CatalogJson.putIfSet(gn, "targetIndustry", g.targetIndustry());
            CatalogJson.putIfSet(gn, "deadline", g.deadline() == null ? null : g.deadline().toString());
            if (g.budgetCap() != null) {
                gn.put("budgetCap", g.budgetCap());
            }
            if (g.weeklyHours() != null) {
                gn.put("weeklyHours", g.weeklyHours());
            }
            if (g.expectedSalaryAfter() != null) {
                gn.put("expectedSalaryAfter", g.expectedSalaryAfter());
            }
            gn.put("priority", g.priority());
            gn.put("status", g.status().name());
            gn.put("scheduleMode", g.scheduleMode().name());
            CatalogJson.putIfSet(gn, "notes", g.notes());
            CatalogJson.putIfSet(gn, "createdAt", time(g.createdAt()));
            CatalogJson.putIfSet(gn, "updatedAt", time(g.updatedAt()));
            ArrayNode skills = gn.putArray("skills");
            for (GoalSkill s : g.skills()) {
                ObjectNode sn = skills.addObject();
                sn.put("label", s.skill().label());
                CatalogJson.putIfSet(sn, "uri", s.skill().taxonomyUri());
                sn.put("importance", s.importance());
            }
            ArrayNode candidates = gn.putArray("candidates");
            for (Candidate c : tx.candidates().listForGoal(g.id())) {
                credentialIds.add(c.credentialId());
                ObjectNode cn = candidates.addObject();
                cn.put("id", c.id().toString());
                cn.put("credentialId", c.credentialId().toString());
                cn.put("status", c.status().name());
                CatalogJson.putIfSet(cn, "plannedStart", c.plannedStart() == null ? null : c.plannedStart().toString());
                cn.put("order", c.order());
                CatalogJson.putIfSet(cn, "note", c.note());
                CatalogJson.putIfSet(cn, "createdAt", time(c.createdAt()));
                CatalogJson.putIfSet(cn, "updatedAt", time(c.updatedAt()));
            }
        }

        ArrayNode badges = p.putArray("earnedBadges");
        for (EarnedBadge b : tx.earnedBadges().list(profile.id())) {
            if (b.credentialId() != null) {
                credentialIds.add(b.credentialId());
            }
            badges.add(badge(b));
        }

        List<Credential> credentials = tx.catalog().findAll(credentialIds).stream()
                .sorted(Comparator.comparing(Credential::id)).toList();
        Map<UUID, List<CredentialFact>> facts = tx.facts().forCredentials(credentialIds);
        Set<UUID> providerIds = new LinkedHashSet<>();
        credentials.stream().map(Credential::providerId).filter(Objects::nonNull).forEach(providerIds::add);
        ArrayNode providers = root.putArray("providers");
        tx.catalog().providers().stream().filter(pr -> providerIds.contains(pr.id()))
                .sorted(Comparator.comparing(Provider::name).thenComparing(Provider::id))
                .forEach(pr -> providers.add(CatalogJson.provider(pr)));
        ArrayNode catalog = root.putArray("credentials");
        for (Credential c : credentials) {
            catalog.add(CatalogJson.credential(new CatalogEntry(c, facts.getOrDefault(c.id(), List.of()))));
        }
        return root;
    }

    private static ObjectNode badge(EarnedBadge b) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", b.id().toString());
        CatalogJson.putIfSet(node, "credentialId", b.credentialId() == null ? null : b.credentialId().toString());
        node.put("badgeFormat", b.format().name());
        CatalogJson.putIfSet(node, "externalId", b.externalId());
        CatalogJson.putIfSet(node, "issuerName", b.issuerName());
        CatalogJson.putIfSet(node, "issuerId", b.issuerId());
        node.put("achievementName", b.achievementName());
        CatalogJson.putIfSet(node, "achievementId", b.achievementId());
        CatalogJson.putIfSet(node, "achievementType", b.achievementType());
        CatalogJson.putIfSet(node, "description", b.description());
        if (b.credits() != null) {
            node.put("credits", b.credits());
        }
        CatalogJson.putIfSet(node, "issuedOn", time(b.issuedOn()));
        CatalogJson.putIfSet(node, "validFrom", time(b.validFrom()));
        CatalogJson.putIfSet(node, "validUntil", time(b.validUntil()));
        node.put("verification", b.verification().name());
        CatalogJson.putIfSet(node, "verificationDetail", b.verificationDetail());
        node.put("rawCredential", b.rawCredential());
        node.put("importedAt", time(b.importedAt()));
        node.set("skills", CatalogJson.skills(b.skills()));
        return node;
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : time.toString();
    }
}
