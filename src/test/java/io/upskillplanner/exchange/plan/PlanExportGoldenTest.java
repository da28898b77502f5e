package io.upskillplanner.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CredentialFact;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.store.DataFolder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter writes the demo plans byte for byte as the build before the plan records did
 * (golden files under test resources, written by that build). Only what changes from run to run is
 * masked: the export time, the version, and the times the demo data was seeded and saved today.
 */
class PlanExportGoldenTest {

    private static final String GOLDEN = "/io/upskillplanner/exchange/plan/golden/";

    @TempDir
    static Path dir;

    private static AppServices app;

    @BeforeAll
    static void seedDemoDataWithABadgeFactsAndWeights() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        Profile maya = app.store().profiles().findByName("Maya Lindqvist").orElseThrow();
        Goal goal = app.store().goals().listForProfile(maya.id()).get(0);
        Candidate candidate = app.store().candidates().listForGoal(goal.id()).get(0);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("RECOGNITION", new BigDecimal("2.50"));
        weights.put("COST_FIT", BigDecimal.ZERO);
        app.store().profiles().saveWeights(maya.id(), weights);
        app.store().inTransaction(tx -> {
            tx.facts().replace(candidate.credentialId(), List.of(
                    new CredentialFact("costs.exam", "provider price list 2025", LocalDate.of(2025, 3, 1), null),
                    new CredentialFact("description", "registry record", null, "placeholder in the source")));
            tx.earnedBadges().save(new EarnedBadge(UUID.fromString("6a1f8b0e-0000-4000-8000-000000000001"),
                    maya.id(), candidate.credentialId(), BadgeFormat.OB3_JSON, "urn:uuid:badge-1", "Example Issuer",
                    "did:key:z6Mk", "Cloud Basics", "urn:achievement:1", "Certificate", "A badge.",
                    new BigDecimal("2.50"), LocalDateTime.of(2024, 5, 1, 10, 0), LocalDateTime.of(2024, 5, 1, 10, 0),
                    LocalDateTime.of(2027, 5, 1, 10, 0), Verification.VERIFIED, "eddsa-rdfc-2022 proof checked",
                    "{\"raw\": true}", LocalDateTime.of(2025, 1, 2, 3, 4, 5),
                    List.of(new SkillRef("cloud computing", "http://data.europa.eu/esco/skill/x"))));
            tx.earnedBadges().save(new EarnedBadge(UUID.fromString("6a1f8b0e-0000-4000-8000-000000000002"),
                    maya.id(), null, BadgeFormat.OB2_JSON, null, null, null, "Bare badge", null, null, null, null,
                    null, null, null, Verification.NOT_VERIFIABLE_OFFLINE, null, "{}",
                    LocalDateTime.of(2025, 1, 2, 3, 4), List.of()));
            return null;
        });
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Maya Lindqvist", "Daniel Okafor"})
    void theDemoPlanIsWrittenByteForByteAsBefore(String name) throws IOException {
        Profile profile = app.store().profiles().findByName(name).orElseThrow();
        String exported = masked(new String(PlanExporter.bytes(new PlanExporter(app.store()).export(profile)),
                StandardCharsets.UTF_8), profile);
        String file = name.replace(' ', '-').toLowerCase() + ".plan.json";
        if (Boolean.getBoolean("planGolden.write")) {
            Files.writeString(Path.of("src/test/resources" + GOLDEN + file), exported);
        }

        try (InputStream golden = PlanExportGoldenTest.class.getResourceAsStream(GOLDEN + file)) {
            assertThat(golden).as(file).isNotNull();
            assertThat(exported).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String masked(String json, Profile profile) {
        String masked = json.replaceFirst("\"exportedAt\" : \"[^\"]*\"", "\"exportedAt\" : \"EXPORTED-AT\"")
                .replaceFirst("\"application\" : \"[^\"]*\"", "\"application\" : \"APPLICATION\"");
        for (LocalDate day : List.of(profile.createdAt().toLocalDate(), LocalDate.now())) {
            masked = masked.replaceAll("\"(createdAt|updatedAt)\" : \"" + day + "T[^\"]*\"", "\"$1\" : \"SEEDED-AT\"");
        }
        return masked;
    }
}
