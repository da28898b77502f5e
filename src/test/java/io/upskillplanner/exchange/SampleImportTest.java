package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.Skill;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.SkillTaxonomy;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shared sample of the formats this feature reads imports, with the values it holds. */
class SampleImportTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private ImportService service;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        service = new ImportService(store, Importers.standard());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportPlan importSample(String relative) {
        return service.importFiles(List.of(Samples.file(relative)), ImportTarget.CATALOG_ONLY).get(0);
    }

    private Credential only() {
        List<Credential> all = store.catalog().search(CatalogFilter.ALL, 10);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void ctdlCertificationMapsCostDurationIndustriesOccupationsAndRegulator() {
        ImportPlan plan = importSample("ctdl/credentialregistry_credential_3_import_COTA.json");

        assertThat(plan.format()).isEqualTo("Credential Engine CTDL");
        Credential cota = only();
        assertThat(cota.title()).isEqualTo("Certified Occupational Therapy Assistant (COTA®)");
        assertThat(cota.kind()).isEqualTo(CredentialKind.CERTIFICATION);
        assertThat(cota.costs().renewal()).isEqualByComparingTo(new BigDecimal("65.00"));
        assertThat(cota.costs().currency()).isEqualTo("USD");
        assertThat(cota.costs().oneOff().amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(cota.fixedDurationWeeks()).isEqualTo(104);
        assertThat(cota.effortHours()).isEqualTo(104 * IsoDurations.ASSUMED_HOURS_PER_WEEK);
        assertThat(cota.recognition()).extracting(Recognition::industry).containsExactly("Healthcare");
        assertThat(cota.recognition().get(0).evidence()).contains("621340");
        assertThat(cota.quality().accreditationBody()).isEqualTo("Regulated by Indiana University East");
        assertThat(cota.description()).contains("29-1122.00 Occupational Therapists")
                .contains("31-2011.00 Occupational Therapy Assistants");
        assertThat(cota.url()).isEqualTo("http://www.nbcot.org/certificants");
        assertThat(cota.externalId()).isEqualTo("ce-1A4AB486-8212-4708-B7D5-C5167FDD2B47");
        assertThat(cota.skills()).extracting(SkillRef::label).contains("Occupational Therapy");

        List<CredentialFact> facts = store.facts().forCredential(cota.id());
        assertThat(facts).extracting(CredentialFact::field)
                .contains("occupation:29-1122.00", "occupation:31-2011.00", "costs.renewal", "recognition:Healthcare");
        CredentialFact renewal = fact(facts, "costs.renewal");
        assertThat(renewal.flag()).isNull();
        assertThat(renewal.source()).contains("credentialregistry_credential_3_import_COTA.json")
                .contains("/ceterms:renewal/0/ceterms:estimatedCost/0/ceterms:price")
                .contains("ce-1A4AB486-8212-4708-B7D5-C5167FDD2B47");
        assertThat(fact(facts, "costs.renewal.description").flag())
                .contains("*** COST PROFILE DESCRIPTION MISSING ***");
        assertThat(cota.description()).doesNotContain("MISSING");
        assertThat(fact(facts, "effortHours").source()).contains("P2Y").contains("hours per week");
    }

    @Test
    void ctdlCertificationWithoutAPriceFlagsTheRenewalCostAndTakesTheOfferingProvider() {
        importSample("ctdl/credentialregistry_credential_4_import_HealthInformatics.json");

        Credential informatics = only();
        assertThat(informatics.title()).isEqualTo("Health Informatics");
        assertThat(informatics.providerName()).isEqualTo("Indiana University Bloomington");
        assertThat(informatics.recognition()).extracting(Recognition::industry).containsExactly("Healthcare");
        assertThat(informatics.recognition().get(0).evidence()).contains("622").contains("62231");
        assertThat(informatics.costs().renewal()).isEqualByComparingTo(BigDecimal.ZERO);
        List<CredentialFact> facts = store.facts().forCredential(informatics.id());
        assertThat(fact(facts, "costs.renewal").flag()).contains("no price").contains("http://nocti.org/Pricing.cfm");
        assertThat(store.catalog().findProviderByName("Indiana University Bloomington")).isPresent()
                .get().extracting(p -> p.type().name()).isEqualTo("INDUSTRY_BODY");
    }

    @Test
    void europeanDigitalCredentialBecomesAnEntryWithEctsEqfHoursModeAndEscoSkillsButNoPersonalData() {
        ImportPlan plan = importSample("europass-elm/elm-v3_Sample-MC-Annex1-unsigned.jsonld");

        assertThat(plan.format()).startsWith("European Digital Credential");
        Credential mc = only();
        assertThat(mc.title()).isEqualTo("Digital micro-credential creation");
        assertThat(mc.providerName()).isEqualTo("University of Zed");
        assertThat(mc.credits().amount()).isEqualByComparingTo("2");
        assertThat(mc.credits().unit()).isEqualTo(CreditUnit.ECTS);
        assertThat(mc.eqfLevel()).isEqualTo(6);
        assertThat(mc.effortHours()).isEqualTo(60);
        assertThat(mc.format()).isEqualTo(DeliveryFormat.HYBRID);
        assertThat(mc.skills()).extracting(SkillRef::taxonomyUri).containsExactlyInAnyOrder(
                "http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9",
                "http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304",
                "http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d",
                "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a");
        assertThat(mc.skills()).extracting(SkillRef::label).contains("develop digital content");
        assertThat(store.catalog().findProviderByName("University of Zed").orElseThrow().country()).isEqualTo("IE");
        String everything = mc.toString() + store.facts().forCredential(mc.id()) + plan.summary();
        assertThat(everything).doesNotContain("Andromeda").doesNotContain("ana.andromeda")
                .doesNotContain("1999-10-01");
    }

    @Test
    void escoCsvAddsItsTwentySixSkillsWithUrisAndDescriptions() {
        ImportPlan plan = importSample("esco/esco-v1.1.1_digCompSkillsCollection_en.csv");

        assertThat(plan.entryCount()).isEqualTo(26);
        assertThat(store.skills().count(SkillTaxonomy.ESCO)).isEqualTo(26);
        Skill solve = store.skills().search("solve technical problems", 5).get(0);
        assertThat(solve.uri()).isEqualTo("http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a");
        assertThat(solve.description()).startsWith("Identify technical problems");
        assertThat(plan.summary()).contains(io.upskillplanner.exchange.skills.EscoCsvImporter.ATTRIBUTION);
        assertThat(store.skills().search("evaluate data", 5)).extracting(Skill::label)
                .contains("evaluate data, information and digital content");
    }

    @Test
    void onetFrameworkAddsItsTwelveCompetenciesWithCodes() {
        ImportPlan plan = importSample("onet/onet-basic-skills_ctdlasn.json");

        assertThat(plan.entryCount()).isEqualTo(12);
        assertThat(store.skills().count(SkillTaxonomy.ONET)).isEqualTo(12);
        Skill reading = store.skills().search("reading comprehension", 5).get(0);
        assertThat(reading.code()).isEqualTo("2.A.1.a");
        assertThat(reading.uri()).isEqualTo(
                "https://www.onetcenter.org/ctdlasn/resources/ce-07c260d5-9119-11e8-b852-782bcb5df6ac");
        assertThat(reading.description()).startsWith("Understanding written sentences");
        assertThat(store.skills().search("", 100)).extracting(Skill::label)
                .contains("Active Listening", "Critical Thinking", "Content", "Process");
    }

    @Test
    void importingEverySampleTwiceUpdatesInsteadOfDuplicating() {
        List<Path> files = List.of(Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json"),
                Samples.file("ctdl/credentialregistry_credential_4_import_HealthInformatics.json"),
                Samples.file("europass-elm/elm-v3_Sample-MC-Annex1-unsigned.jsonld"),
                Samples.file("esco/esco-v1.1.1_digCompSkillsCollection_en.csv"),
                Samples.file("onet/onet-basic-skills_ctdlasn.json"));
        service.importFiles(files, ImportTarget.CATALOG_ONLY);
        var once = store.transfer().rowCounts();

        service.importFiles(files, ImportTarget.CATALOG_ONLY);

        assertThat(store.transfer().rowCounts()).isEqualTo(once);
        assertThat(once.get("credential")).isEqualTo(3);
        assertThat(once.get("skill")).isEqualTo(38);
    }

    private static CredentialFact fact(List<CredentialFact> facts, String field) {
        return facts.stream().filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + field + " in " + facts));
    }
}
