package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.plan.PlanExporter;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileRoundTripTest {

    @TempDir
    Path dir;

    private AppServices app;
    private Profile maya;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seedDemoDataWithABadgeAndFacts() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("source")));
        Store store = app.store();
        maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        Goal goal = store.goals().listForProfile(maya.id()).get(0);
        Candidate candidate = store.candidates().listForGoal(goal.id()).get(0);
        store.inTransaction(tx -> {
            tx.facts().replace(candidate.credentialId(), List.of(
                    new CredentialFact("costs.exam", "provider price list 2025", LocalDate.of(2025, 3, 1), null),
                    new CredentialFact("description", "registry record", LocalDate.of(2025, 3, 1),
                            "placeholder in the source, not a fact: *** MISSING ***")));
            tx.earnedBadges().save(new EarnedBadge(UUID.fromString("6a1f8b0e-0000-4000-8000-000000000001"),
                    maya.id(), candidate.credentialId(), BadgeFormat.OB3_JSON, "urn:uuid:badge-1", "Example Issuer",
                    "did:key:z6Mk", "Cloud Basics", "urn:achievement:1", "Certificate", "A badge.",
                    new BigDecimal("2.50"), LocalDateTime.of(2024, 5, 1, 10, 0), LocalDateTime.of(2024, 5, 1, 10, 0),
                    LocalDateTime.of(2027, 5, 1, 10, 0), Verification.VERIFIED, "eddsa-rdfc-2022 proof checked",
                    "{\"raw\": true}", LocalDateTime.of(2025, 1, 2, 3, 4, 5),
                    List.of(new SkillRef("cloud computing", "http://data.europa.eu/esco/skill/x"))));
            return null;
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void exportImportIntoAFreshDatabaseAndExportAgainGivesTheSameDocumentBarWhatAFileCannotDeclare() throws Exception {
        ObjectNode first = new PlanExporter(app.store()).export(maya);
        Path file = dir.resolve("maya.plan.json");
        Files.write(file, PlanExporter.bytes(first));

        try (Database fresh = Database.openH2(new DataFolder(dir.resolve("fresh")))) {
            Store store = new Store(fresh);
            new ImportService(store, Importers.standard()).importFiles(List.of(file), ImportTarget.CATALOG_ONLY);
            Profile imported = store.profiles().find(maya.id()).orElseThrow();
            ObjectNode second = new PlanExporter(store).export(imported);

            first.remove("exportedAt");
            second.remove("exportedAt");
            // What a file says about itself is not taken (docs/decisions/0018): the badge is checked
            // again from its raw credential, and nothing imported is sample data or demo catalog.
            ObjectNode badge = (ObjectNode) second.path("profile").path("earnedBadges").get(0);
            assertThat(badge.path("verification").asText()).isEqualTo("NOT_VERIFIABLE_OFFLINE");
            assertThat(badge.path("verificationDetail").asText()).startsWith("Not verified");
            assertThat(second.path("profile").path("sampleData").asBoolean()).isFalse();
            assertThat(second.path("credentials").findValuesAsText("origin")).doesNotContain("DEMO");
            ObjectNode expected = first.deepCopy();
            ObjectNode expectedBadge = (ObjectNode) expected.path("profile").path("earnedBadges").get(0);
            expectedBadge.put("verification", badge.path("verification").asText());
            expectedBadge.put("verificationDetail", badge.path("verificationDetail").asText());
            ((ObjectNode) expected.path("profile")).put("sampleData", false);
            expected.path("credentials").forEach(c -> {
                if (c.path("origin").asText().equals("DEMO")) {
                    ((ObjectNode) c).put("origin", "IMPORT");
                }
            });
            assertThat(second).isEqualTo(expected);
        }
        assertThat(first.path("profile").path("goals").size()).isPositive();
        assertThat(first.path("profile").path("earnedBadges").get(0).path("verification").asText())
                .isEqualTo("VERIFIED");
        assertThat(first.path("credentials").findValuesAsText("flag")).isNotEmpty();
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() throws Exception {
        Path file = dir.resolve("maya.plan.json");
        new PlanExporter(app.store()).write(maya, file);
        try (Database fresh = Database.openH2(new DataFolder(dir.resolve("fresh")))) {
            Store store = new Store(fresh);
            ImportService service = new ImportService(store, Importers.standard());
            service.importFiles(List.of(file), ImportTarget.CATALOG_ONLY);
            Map<String, Integer> once = store.transfer().rowCounts();
            List<ImportPlan> again = service.importFiles(List.of(file), ImportTarget.CATALOG_ONLY);

            assertThat(store.transfer().rowCounts()).isEqualTo(once);
            assertThat(again.get(0).summary()).anyMatch(line -> line.startsWith("Update profile"))
                    .anyMatch(line -> line.matches("\\d+ catalog entr(y|ies): 0 new, \\d+ updated"));
        }
    }

    @Test
    void reImportIntoTheSourceDatabaseChangesNoCounts() throws Exception {
        Path file = dir.resolve("maya.plan.json");
        new PlanExporter(app.store()).write(maya, file);
        Map<String, Integer> before = app.store().transfer().rowCounts();

        new ImportService(app.store(), Importers.standard()).importFiles(List.of(file), ImportTarget.CATALOG_ONLY);

        assertThat(app.store().transfer().rowCounts()).isEqualTo(before);
    }

    @Test
    void exportedPlanValidatesAgainstThePublishedSchema() throws IOException {
        JsonNode document = json.readTree(PlanExporter.bytes(new PlanExporter(app.store()).export(maya)));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("assets/schema/plan-v1.schema.json")));

        List<Error> errors = schema.validate(document);

        assertThat(errors).isEmpty();
        ObjectNode broken = (ObjectNode) document.deepCopy();
        ((ObjectNode) broken.path("profile")).put("kind", "ROBOT");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void anUnknownFormatVersionIsRejectedNamingTheVersion() throws IOException {
        ObjectNode document = new PlanExporter(app.store()).export(maya);
        document.put("formatVersion", 2);
        Path file = dir.resolve("future.plan.json");
        Files.write(file, PlanExporter.bytes(document));

        assertThatThrownBy(() -> new ImportService(app.store(), Importers.standard())
                .plan(List.of(file), ImportTarget.CATALOG_ONLY))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.place()).isEqualTo("at /formatVersion");
                    assertThat(e.reason()).contains("formatVersion 2 is not supported").contains("formatVersion 1");
                });
    }

    @Test
    void aCandidateNamingAnUnknownCredentialIsRejectedAtItsPointer() throws IOException {
        ObjectNode document = new PlanExporter(app.store()).export(maya);
        ((ObjectNode) document.path("profile").path("goals").get(0).path("candidates").get(0))
                .put("credentialId", "00000000-0000-4000-8000-00000000dead");
        Path file = dir.resolve("dangling.plan.json");
        Files.write(file, PlanExporter.bytes(document));

        assertThatThrownBy(() -> new ImportService(app.store(), Importers.standard())
                .plan(List.of(file), ImportTarget.CATALOG_ONLY))
                .isInstanceOfSatisfying(InputRejectedException.class, e ->
                        assertThat(e.place()).isEqualTo("at /profile/goals/0/candidates/0/credentialId"));
    }

    @Test
    void aFileThatWouldMoveAGoalFromAnotherProfileIsRefusedAndChangesNothing() throws IOException {
        // A copy of Maya's plan under another profile id: its goals' ids are Maya's.
        ObjectNode document = new PlanExporter(app.store()).export(maya);
        ((ObjectNode) document.path("profile")).put("id", "00000000-0000-4000-8000-00000000c0de")
                .put("name", "Copy of Maya");
        Path file = dir.resolve("copy.plan.json");
        Files.write(file, PlanExporter.bytes(document));
        Map<String, Integer> before = app.store().transfer().rowCounts();
        List<UUID> mayasGoals = app.store().goals().listForProfile(maya.id()).stream().map(Goal::id).toList();

        assertThatThrownBy(() -> new ImportService(app.store(), Importers.standard())
                .importFiles(List.of(file), ImportTarget.CATALOG_ONLY))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.place()).isEqualTo("at /profile/goals/0/id");
                    assertThat(e.reason()).contains("goal of another profile").contains("Copy of Maya");
                });
        assertThat(app.store().transfer().rowCounts()).isEqualTo(before);
        assertThat(app.store().goals().listForProfile(maya.id())).extracting(Goal::id)
                .containsExactlyElementsOf(mayasGoals);
    }

    @Test
    void aCandidateIdOfAnotherGoalIsRefused() throws IOException {
        ObjectNode document = new PlanExporter(app.store()).export(maya);
        Profile daniel = app.store().profiles().findByName("Daniel Okafor").orElseThrow();
        Goal other = app.store().goals().listForProfile(daniel.id()).get(0);
        Candidate foreign = app.store().candidates().listForGoal(other.id()).get(0);
        ((ObjectNode) document.path("profile").path("goals").get(0).path("candidates").get(0))
                .put("id", foreign.id().toString());
        Path file = dir.resolve("moved-candidate.plan.json");
        Files.write(file, PlanExporter.bytes(document));

        assertThatThrownBy(() -> new ImportService(app.store(), Importers.standard())
                .plan(List.of(file), ImportTarget.CATALOG_ONLY))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.place()).isEqualTo("at /profile/goals/0/candidates/0/id");
                    assertThat(e.reason()).contains("candidate of another goal");
                });
    }

    @Test
    void exportedCatalogEntriesKeepTheirFacts() {
        ObjectNode document = new PlanExporter(app.store()).export(maya);
        List<String> fields = document.path("credentials").findValuesAsText("field");

        assertThat(fields).contains("costs.exam", "description");
    }
}
