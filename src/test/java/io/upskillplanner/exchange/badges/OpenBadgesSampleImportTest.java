package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every real sample of /shared/samples/openbadges2 and openbadges3, imported with a fixed clock (2026-06-01). */
class OpenBadgesSampleImportTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private Profile profile;
    private ImportService service;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir.resolve("data")));
        store = new Store(database);
        profile = store.profiles().save(new Profile(UUID.randomUUID(), "Ana Learner", ProfileKind.SELF, null, null,
                new BigDecimal("6"), Money.of("1500", "EUR"), null, null, false, LocalDateTime.now(),
                LocalDateTime.now(), 0));
        service = new ImportService(store, BadgeFixtures.importers());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Path ob3(String name) {
        return BadgeFixtures.samples().resolve("openbadges3").resolve(name);
    }

    private static Path ob2(String name) {
        return BadgeFixtures.samples().resolve("openbadges2").resolve(name);
    }

    private EarnedBadge importOne(Path file) {
        List<ImportPlan> plans = service.importFiles(List.of(file), new ImportTarget(profile));
        assertThat(plans).hasSize(1);
        List<EarnedBadge> badges = store.earnedBadges().list(profile.id());
        return badges.stream().filter(b -> b.rawCredential().equals(((BadgeImportPlan) plans.get(0)).badge()
                .rawCredential())).findFirst().orElseThrow();
    }

    @Test
    void simpleJsonMapsIssuerDatesAndAchievementAndItsSignatureMatchesTheKeyButTheHttpsIssuerIsNotCheckable() {
        EarnedBadge badge = importOne(ob3("1edtech-validator_simple.json"));

        assertThat(badge.format()).isEqualTo(BadgeFormat.OB3_JSON);
        assertThat(badge.externalId()).isEqualTo("http://example.com/credentials/3527");
        assertThat(badge.issuerName()).isEqualTo("Example Corp");
        assertThat(badge.issuerId()).isEqualTo("https://example.com/issuers/876543");
        assertThat(badge.validFrom()).isEqualTo(LocalDateTime.parse("2010-01-01T00:00:00"));
        assertThat(badge.issuedOn()).isEqualTo(badge.validFrom());
        assertThat(badge.validUntil()).isNull();
        assertThat(badge.achievementName()).isEqualTo("Teamwork");
        assertThat(badge.achievementId()).isEqualTo("https://example.com/achievements/21st-century-skills/teamwork");
        assertThat(badge.description()).startsWith("This badge recognizes the development of the capacity");
        assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(badge.verificationDetail()).contains("The signature matches the key",
                "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", "fetched online");
        Credential catalogEntry = store.catalog().find(badge.credentialId()).orElseThrow();
        assertThat(catalogEntry.title()).isEqualTo("Teamwork");
        assertThat(catalogEntry.kind()).isEqualTo(CredentialKind.BADGE);
        assertThat(catalogEntry.origin()).isEqualTo(Origin.IMPORT);
        assertThat(catalogEntry.badgeStandard()).isEqualTo(BadgeStandard.OPEN_BADGES_3);
        assertThat(catalogEntry.externalId()).isEqualTo(badge.achievementId());
        assertThat(catalogEntry.providerName()).isEqualTo("Example Corp");
    }

    @Test
    void expiredSampleIsExpiredAfterItsSignatureMatchedTheNamedKey() {
        EarnedBadge badge = importOne(ob3("1edtech-validator_simple-err-expired.json"));

        assertThat(badge.validUntil()).isEqualTo(LocalDateTime.parse("2010-01-01T00:00:00"));
        assertThat(badge.verification()).isEqualTo(Verification.EXPIRED);
        assertThat(badge.verificationDetail()).contains("Expired on 2010-01-01", "The signature was not checked",
                "The signature matches the key");
    }

    @Test
    void bakedPngAndSvgCarryTheSameCredentialSignedWithAnotherKey() {
        EarnedBadge png = importOne(ob3("1edtech-validator_simple-json.png"));
        EarnedBadge svg = importOne(ob3("1edtech-validator_simple-json.svg"));

        assertThat(png.format()).isEqualTo(BadgeFormat.OB3_PNG);
        assertThat(svg.format()).isEqualTo(BadgeFormat.OB3_SVG);
        for (EarnedBadge badge : List.of(png, svg)) {
            assertThat(badge.achievementName()).isEqualTo("Teamwork");
            assertThat(badge.issuerName()).isEqualTo("Example Corp");
            assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
            assertThat(badge.verificationDetail()).contains("The signature matches the key",
                    "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x");
        }
        // Same credential id: the second import updated the first instead of adding a copy.
        assertThat(store.earnedBadges().list(profile.id())).hasSize(1);
    }

    @Test
    void completeSampleMapsDegreeCreditsAlignmentsTagsAndValidUntil() {
        EarnedBadge badge = importOne(ob3("1edtech-validator_complete.json"));

        assertThat(badge.issuerName()).isEqualTo("1EdTech University");
        assertThat(badge.achievementName()).isEqualTo("1EdTech University Degree");
        assertThat(badge.achievementType()).isEqualTo("Degree");
        assertThat(badge.credits()).isEqualByComparingTo("36");
        assertThat(badge.validUntil()).isEqualTo(LocalDateTime.parse("2030-01-01T00:00:00"));
        assertThat(badge.skills()).extracting(SkillRef::label)
                .contains("1EdTech University Degree", "research", "computer science");
        assertThat(badge.skills()).extracting(SkillRef::taxonomyUri).contains("https://1edtech.edu/catalog/degree");
        // Its proof matches the key its https verification method names (as the 1EdTech validator finds),
        // but that key is published online: checked, yet not verified offline.
        assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(badge.verificationDetail()).contains("The signature matches the key",
                "z6Mknyb2Gb4NxzW3xSr9ChTtdQZ1zs77piQ3r9SaJ9vMzmrs");
    }

    @Test
    void myNextIdMicroCredentialMapsCreditsAndEscoSkillsAndHasNoProof() {
        EarnedBadge badge = importOne(ob3("mynextid_open-badge-mc-example.json"));

        assertThat(badge.issuerName()).isEqualTo("NETIS d.o.o.");
        assertThat(badge.issuerId()).isEqualTo("urn:uuid:df1eceb0-c36a-4613-b3d7-992c9ee66f5b");
        assertThat(badge.achievementName()).isEqualTo("Data Science Fundamentals");
        assertThat(badge.achievementType()).isEqualTo("MicroCredential");
        assertThat(badge.credits()).isEqualByComparingTo("5");
        assertThat(badge.issuedOn()).isEqualTo(LocalDateTime.parse("2026-01-12T07:04:19"));
        assertThat(badge.validFrom()).isEqualTo(LocalDateTime.parse("2026-01-12T07:04:19"));
        assertThat(badge.validUntil()).isEqualTo(LocalDateTime.parse("2026-12-31T23:59:59"));
        assertThat(badge.skills()).contains(
                new SkillRef("Develop test procedures",
                        "http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4"),
                new SkillRef("Analyse test data",
                        "http://data.europa.eu/esco/skill/81a2db2c-7e55-44d0-9cd9-74c25147d7cd"),
                SkillRef.of("Python"));
        assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(badge.verificationDetail()).contains("no proof");
        Credential entry = store.catalog().find(badge.credentialId()).orElseThrow();
        assertThat(entry.skills()).extracting(SkillRef::taxonomyUri)
                .contains("http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4");
        assertThat(entry.costs().currency()).isEqualTo("EUR");
    }

    @Test
    void sampleJwtWithoutAchievementIsImportedUnderItsOwnNameWithAWarningAndNotVerified() {
        List<ImportPlan> plans = service.importFiles(List.of(ob3("1edtech-validator_simple.jwt")),
                new ImportTarget(profile));
        EarnedBadge badge = store.earnedBadges().list(profile.id()).get(0);

        assertThat(plans.get(0).summary()).anySatisfy(line -> assertThat(line).startsWith("Warning:")
                .contains("/vc/credentialSubject/achievement is missing", "'Example University Degree'"));
        assertThat(badge.achievementName()).isEqualTo("Example University Degree");
        assertThat(badge.issuerName()).isEqualTo("Example University");
        assertThat(badge.validFrom()).isEqualTo(LocalDateTime.parse("2010-01-01T00:00:00"));
        assertThat(badge.credentialId()).isNull();
        assertThat(store.catalog().count()).isZero();
        assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(badge.verificationDetail()).contains("RS256", "https://example.edu/issuers/565049");
    }

    @Test
    void ob2AssertionResolvesItsBadgeClassAndIssuerFromTheFilesBesideIt() {
        EarnedBadge badge = importOne(ob2("1edtech-validator_basic-assertion.json"));

        assertThat(badge.format()).isEqualTo(BadgeFormat.OB2_JSON);
        assertThat(badge.externalId()).isEqualTo("https://example.org/beths-robotics-badge.json");
        assertThat(badge.achievementName()).isEqualTo("Awesome Robotics Badge");
        assertThat(badge.achievementId()).isEqualTo("https://example.org/robotics-badge.json");
        assertThat(badge.issuerName()).isEqualTo("An Example Badge Issuer");
        assertThat(badge.issuerId()).isEqualTo("https://example.org/organization.json");
        assertThat(badge.issuedOn()).isEqualTo(LocalDateTime.parse("2016-12-31T23:59:59"));
        assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(badge.verificationDetail()).contains("hosted");
        assertThat(store.catalog().find(badge.credentialId()).orElseThrow().badgeStandard())
                .isEqualTo(BadgeStandard.OPEN_BADGES_2);
    }

    @Test
    void ob2BakedPngResolvesTheSameBadgeClassAndUpdatesTheJsonImport() {
        importOne(ob2("1edtech-validator_basic-assertion.json"));
        EarnedBadge badge = importOne(ob2("1edtech-validator_simple-badge.png"));

        assertThat(badge.format()).isEqualTo(BadgeFormat.OB2_PNG);
        assertThat(badge.achievementName()).isEqualTo("Awesome Robotics Badge");
        assertThat(badge.issuerName()).isEqualTo("An Example Badge Issuer");
        assertThat(store.earnedBadges().list(profile.id())).hasSize(1);
        assertThat(store.catalog().search(CatalogFilter.ALL, 100)).hasSize(1);
    }

    @Test
    void ob2AssertionResolvesFromTheSameImportBatchWhenNotBesideIt() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path assertion = Files.copy(ob2("1edtech-validator_basic-assertion.json"), elsewhere.resolve("a.json"));

        assertThatThrownBy(() -> service.plan(List.of(assertion), new ImportTarget(profile)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("https://example.org/robotics-badge.json")
                .hasMessageContaining("fetched online");

        List<ImportPlan> plans = service.importFiles(List.of(assertion, ob2("1edtech-validator_robotics-badge.json"),
                ob2("1edtech-validator_organization.json")), new ImportTarget(profile));
        assertThat(plans).extracting(ImportPlan::entryCount).containsExactly(2, 0, 0);
        assertThat(store.earnedBadges().list(profile.id())).singleElement()
                .satisfies(b -> assertThat(b.issuerName()).isEqualTo("An Example Badge Issuer"));
    }

    @Test
    void reimportingTheSameBadgeUpdatesInsteadOfDuplicating() {
        importOne(ob3("mynextid_open-badge-mc-example.json"));
        List<ImportPlan> again = service.importFiles(List.of(ob3("mynextid_open-badge-mc-example.json")),
                new ImportTarget(profile));

        assertThat(again.get(0).summary().get(0)).startsWith("Updates the earned badge 'Data Science Fundamentals'");
        assertThat(again.get(0).entryCount()).isEqualTo(1);
        assertThat(store.earnedBadges().count()).isEqualTo(1);
        assertThat(store.catalog().count()).isEqualTo(1);
    }

    @Test
    void aBadgeWithoutProfileIsRejectedNamingTheOption() {
        assertThatThrownBy(() -> service.importFiles(List.of(ob3("1edtech-validator_simple.json")),
                ImportTarget.CATALOG_ONLY))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("--profile NAME");
        assertThat(store.earnedBadges().count()).isZero();
        assertThat(store.catalog().count()).isZero();
    }

    @Test
    void deletingABadgeKeepsTheCatalogEntry() {
        EarnedBadge badge = importOne(ob3("1edtech-validator_simple.json"));

        assertThat(store.earnedBadges().delete(badge.id())).isTrue();
        assertThat(store.earnedBadges().list(profile.id())).isEmpty();
        assertThat(store.catalog().find(badge.credentialId())).isPresent();
    }
}
