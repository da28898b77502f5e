package io.upskillplanner.exchange.ctdl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.exchange.Samples;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CTDL conditions that name credentials become prerequisites on import: requires, prerequisite and
 * isRequiredFor (the other way round); preparation and recommendation are advice only; a target in
 * neither the file nor the catalogue stays a warning. Real registry samples and a fixture of ours.
 */
class CtdlPrerequisiteImportTest {

    private static final String LINUX = "ce-1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a";
    private static final String BASICS = "ce-22222222-2222-4222-8222-222222222222";
    private static final String ARCHITECT = "ce-3b3b3b3b-3b3b-4b3b-8b3b-3b3b3b3b3b3b";
    private static final String INTRO = "ce-44444444-4444-4444-8444-444444444444";
    private static final String SECURITY = "ce-55555555-5555-4555-8555-555555555555";
    private static final String NOWHERE = "ce-99999999-9999-4999-8999-999999999999";
    private static final String REGISTRY = "https://credentialengineregistry.org/resources/";

    /** Already in the catalogue before the pathway file arrives. */
    private static final String CATALOGUE_FILE = """
            {"@context": "https://credreg.net/ctdl/schema/context/json",
             "@type": "ceterms:Certification", "ceterms:ctid": "%s", "ceterms:name": "Linux Essentials"}
            """.formatted(LINUX);

    private static final String PATHWAY_FILE = """
            {"@context": "https://credreg.net/ctdl/schema/context/json",
             "@graph": [
              {"@id": "%1$s%2$s", "@type": "ceterms:Certificate", "ceterms:ctid": "%2$s",
               "ceterms:name": "Cloud Basics",
               "ceterms:isPreparationFor": [{"@type": "ceterms:ConditionProfile",
                  "ceterms:targetCredential": [{"@id": "%1$s%3$s"}]}]},
              {"@id": "%1$s%3$s", "@type": "ceterms:Certification", "ceterms:ctid": "%3$s",
               "ceterms:name": "Cloud Architect",
               "ceterms:requires": [{"@type": "ceterms:ConditionProfile",
                  "ceterms:targetCredential": ["%1$s%2$s", "%6$s"]}]},
              {"@type": "ceterms:Course", "ceterms:ctid": "%4$s", "ceterms:name": "Cloud Intro",
               "ceterms:isRequiredFor": [{"@type": "ceterms:ConditionProfile",
                  "ceterms:targetCredential": [{"@type": "ceterms:Certification", "ceterms:ctid": "%7$s",
                                               "ceterms:name": "Cloud Architect"}]}]},
              {"@type": "ceterms:Certificate", "ceterms:ctid": "%5$s", "ceterms:name": "Cloud Security",
               "ceterms:prerequisite": ["%8$s"],
               "ceterms:requires": [{"@type": "ceterms:ConditionProfile", "ceterms:description": "Either of two",
                  "ceterms:alternativeCondition": [{"@type": "ceterms:ConditionProfile",
                     "ceterms:targetCredential": ["%2$s"]}]}]}
             ]}
            """.formatted(REGISTRY, BASICS, ARCHITECT, INTRO, SECURITY, NOWHERE, ARCHITECT.toUpperCase().replace("CE-", "ce-"),
            "ce-" + LINUX.substring(3).toUpperCase());

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private ImportService service;
    private RecommendLoader prerequisites;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir.resolve("data")));
        store = new Store(database);
        service = new ImportService(store, Importers.standard());
        prerequisites = new RecommendLoader(store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void requiresPrerequisiteAndIsRequiredForBecomePrerequisitesFromTheFileAndTheCatalogue() throws Exception {
        importFile("catalogue.json", CATALOGUE_FILE);

        ImportPlan plan = importFile("pathway.json", PATHWAY_FILE);

        assertThat(prerequisites.prerequisitesOf(id(ARCHITECT))).containsExactlyInAnyOrder(id(BASICS), id(INTRO));
        assertThat(prerequisites.prerequisitesOf(id(SECURITY))).containsExactly(id(LINUX));
        assertThat(prerequisites.prerequisitesOf(id(BASICS))).as("preparation is advice, not a requirement").isEmpty();
        assertThat(prerequisites.prerequisitesOf(id(INTRO))).isEmpty();
        assertThat(plan.summary()).contains("3 prerequisites recorded from the conditions (requires, prerequisite, "
                        + "isRequiredFor)",
                "'Cloud Basics' names 1 credential as preparation or recommendation: advice, not recorded as a "
                        + "requirement")
                .anySatisfy(line -> assertThat(line).startsWith("'Cloud Security' offers alternative conditions")
                        .contains("/ceterms:requires/0/ceterms:alternativeCondition"));
    }

    @Test
    void aConditionNamingACredentialFoundNowhereIsKeptAsAFlaggedFactAndANote() throws Exception {
        ImportPlan plan = importFile("pathway.json", PATHWAY_FILE);

        assertThat(plan.summary()).anySatisfy(line -> assertThat(line)
                .startsWith("'Cloud Architect' requires " + NOWHERE)
                .contains("ceterms:requires/0/ceterms:targetCredential/1")
                .endsWith("which is neither in this file nor in the catalogue: not recorded"));
        CredentialFact flagged = store.facts().forCredential(id(ARCHITECT)).stream()
                .filter(f -> f.field().equals("prerequisite:" + NOWHERE)).findFirst().orElseThrow();
        assertThat(flagged.flag()).contains("neither in this file nor in the catalogue");
        assertThat(flagged.source()).contains("pathway.json").contains("/ceterms:requires/0/ceterms:targetCredential/1");
        // Linux Essentials is not in the catalogue here: Cloud Security's prerequisite is a warning too.
        assertThat(prerequisites.prerequisitesOf(id(SECURITY))).isEmpty();
        assertThat(plan.summary()).anySatisfy(line -> assertThat(line).startsWith("'Cloud Security' requires ce-1A1A"));
        assertThat(prerequisites.prerequisitesOf(id(ARCHITECT))).containsExactlyInAnyOrder(id(BASICS), id(INTRO));
    }

    @Test
    void importingThePathwayAgainAddsNoRow() throws Exception {
        importFile("catalogue.json", CATALOGUE_FILE);
        importFile("pathway.json", PATHWAY_FILE);
        Map<String, Integer> once = store.transfer().rowCounts();

        importFile("pathway.json", PATHWAY_FILE);

        assertThat(store.transfer().rowCounts()).isEqualTo(once);
        assertThat(once.get("credential_prerequisite")).isEqualTo(3);
    }

    @Test
    void registrySamplesStateTheirRequirementsAsTextAndAssessmentsSoNoPrerequisiteIsRecorded() {
        List<ImportPlan> plans = service.importFiles(List.of(
                Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json"),
                Samples.file("ctdl/credentialregistry_credential_4_import_HealthInformatics.json")),
                ImportTarget.CATALOG_ONLY);

        assertThat(store.transfer().rowCounts().get("credential_prerequisite")).isZero();
        assertThat(plans.get(0).summary()).anySatisfy(line -> assertThat(line)
                .startsWith("'Certified Occupational Therapy Assistant (COTA®)' requires conditions stated in text only")
                .contains("/ceterms:requires/0"));
        assertThat(plans.get(1).summary()).anySatisfy(line -> assertThat(line)
                .startsWith("'Health Informatics' requires the assessment 'CSP Examination' "
                        + "(ce-68B4A3A9-DF61-4449-8337-7DBDB5167005)")
                .contains("/ceterms:requires/0/ceterms:targetAssessment/0")
                .endsWith("not a catalogue credential, so the recommendation cannot plan it"));
    }

    private ImportPlan importFile(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return service.importFiles(List.of(file), ImportTarget.CATALOG_ONLY).get(0);
    }

    private static UUID id(String ctid) {
        return CtdlImporter.idOf(ctid);
    }
}
