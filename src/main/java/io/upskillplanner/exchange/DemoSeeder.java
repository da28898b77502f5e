package io.upskillplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new database with the demo catalog and profiles shipped in {@code assets/demo}. It runs
 * once per database: a marker setting remembers that it ran, so demo data the user deleted does not
 * come back, and a database that already holds anything is never touched.
 */
public final class DemoSeeder {

    static final String SEEDED_MARKER = "demo.seeded";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String CATALOG = "/io/upskillplanner/demo/catalog.json";
    private static final String PROFILES = "/io/upskillplanner/demo/profiles.json";

    private final Store store;

    public DemoSeeder(Store store) {
        this.store = store;
    }

    /** Seeds the demo data if this database never had it and holds nothing yet. Returns whether it did. */
    public boolean seedIfNew() {
        // Every start after the first ends here, without reading and parsing the demo files.
        if (store.settings().get(SEEDED_MARKER).isPresent()) {
            return false;
        }
        JsonNode catalog = read(CATALOG);
        JsonNode profiles = read(PROFILES);
        return store.inTransaction(tx -> {
            if (tx.settings().get(SEEDED_MARKER).isPresent()) {
                return false;
            }
            if (tx.profiles().count() > 0 || tx.catalog().count() > 0) {
                tx.settings().put(SEEDED_MARKER, "skipped: database already had data");
                return false;
            }
            seedCatalog(tx, catalog);
            seedProfiles(tx, profiles);
            tx.settings().put(SEEDED_MARKER, LocalDate.now().toString());
            LOG.info("Seeded demo data: {} credentials, {} profiles", tx.catalog().count(), tx.profiles().count());
            return true;
        });
    }

    private void seedCatalog(Store tx, JsonNode root) {
        for (JsonNode p : root.path("providers")) {
            tx.catalog().saveProvider(new Provider(UUID.fromString(p.path("id").asText()), p.path("name").asText(),
                    ProviderType.valueOf(p.path("type").asText()), text(p, "country"), text(p, "url"), 0));
        }
        for (JsonNode c : root.path("credentials")) {
            JsonNode costs = c.path("costs");
            CostParts costParts = new CostParts(decimal(costs, "tuition"), decimal(costs, "exam"),
                    decimal(costs, "materials"), decimal(costs, "renewal"), integer(costs, "renewalPeriodMonths"),
                    costs.path("currency").asText());
            JsonNode credits = c.path("credits");
            Credits creditsValue = credits.isObject()
                    ? new Credits(decimal(credits, "amount"), CreditUnit.valueOf(credits.path("unit").asText()),
                            text(credits, "stacksInto"))
                    : null;
            List<SkillRef> skills = new ArrayList<>();
            c.path("skills").forEach(s -> skills.add(new SkillRef(s.path("label").asText(), text(s, "uri"))));
            List<Recognition> recognition = new ArrayList<>();
            c.path("recognition").forEach(r -> recognition.add(
                    new Recognition(r.path("industry").asText(), r.path("level").asInt(), text(r, "evidence"))));
            tx.catalog().save(new Credential(UUID.fromString(c.path("id").asText()), c.path("title").asText(),
                    UUID.fromString(c.path("providerId").asText()), null,
                    CredentialKind.valueOf(c.path("kind").asText()), text(c, "description"), costParts,
                    c.path("effortHours").asInt(), integer(c, "fixedDurationWeeks"),
                    DeliveryFormat.valueOf(c.path("format").asText()), Pacing.valueOf(c.path("pacing").asText()),
                    new Quality(text(c, "accreditationBody"), text(c, "curriculumStandard"),
                            c.path("instructorExpertise").asInt(), c.path("careerSupport").asInt()),
                    creditsValue, BadgeStandard.valueOf(c.path("badgeStandard").asText("NONE")),
                    integer(c, "validityMonths"), integer(c, "eqfLevel"), text(c, "url"), text(c, "drawbacks"),
                    new Provenance(text(c, "sourceUrl"), date(c, "lastVerified")), Origin.DEMO, null, skills,
                    recognition, 0));
        }
    }

    private void seedProfiles(Store tx, JsonNode root) {
        LocalDateTime now = LocalDateTime.now();
        for (JsonNode p : root.path("profiles")) {
            UUID profileId = UUID.fromString(p.path("id").asText());
            tx.profiles().save(new Profile(profileId, p.path("name").asText(), ProfileKind.valueOf(p.path("kind").asText()),
                    text(p, "currentRole"), text(p, "currentIndustry"), decimal(p, "weeklyHours"),
                    new Money(decimal(p, "budget"), p.path("currency").asText()), decimal(p, "salaryNow"),
                    text(p, "notes"), true, now, now, 0));
            for (JsonNode n : p.path("sessionNotes")) {
                LocalDateTime at = LocalDateTime.parse(n.path("createdAt").asText());
                tx.profiles().saveSessionNote(new SessionNote(UUID.fromString(n.path("id").asText()), profileId, at, at,
                        n.path("text").asText()));
            }
            for (JsonNode g : p.path("goals")) {
                UUID goalId = UUID.fromString(g.path("id").asText());
                List<GoalSkill> skills = new ArrayList<>();
                g.path("skills").forEach(s -> skills.add(new GoalSkill(
                        new SkillRef(s.path("label").asText(), text(s, "uri")), s.path("importance").asInt(3))));
                tx.goals().save(new Goal(goalId, profileId, g.path("title").asText(), text(g, "targetRole"),
                        text(g, "targetIndustry"), date(g, "deadline"), decimal(g, "budgetCap"),
                        decimal(g, "weeklyHours"), decimal(g, "expectedSalaryAfter"), g.path("priority").asInt(3),
                        GoalStatus.valueOf(g.path("status").asText("ACTIVE")), ScheduleMode.SEQUENTIAL,
                        text(g, "notes"), skills, now, now, 0));
                for (JsonNode c : g.path("candidates")) {
                    UUID credentialId = UUID.fromString(c.path("credentialId").asText());
                    UUID candidateId = UUID.nameUUIDFromBytes(
                            (goalId + "/" + credentialId).getBytes(StandardCharsets.UTF_8));
                    tx.candidates().save(new Candidate(candidateId, goalId, credentialId,
                            CandidateStatus.valueOf(c.path("status").asText()), date(c, "plannedStart"),
                            c.path("order").asInt(), text(c, "note"), now, now, 0));
                }
            }
        }
        for (JsonNode r : root.path("exchangeRates")) {
            tx.exchangeRates().save(new ExchangeRate(r.path("from").asText(), r.path("to").asText(),
                    decimal(r, "rate"), date(r, "updatedOn")));
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo data " + resource + " is missing from the application");
            }
            // Made here, not per seeder: every start checks for seeding, and Jackson costs a cold start ~370 classes.
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The demo data " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
