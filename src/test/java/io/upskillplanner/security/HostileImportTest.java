package io.upskillplanner.security;

import static io.upskillplanner.security.Hostile.exportJson;
import static io.upskillplanner.security.Hostile.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import files from someone else: refused with exit 3, the file, the place and the reason, and nothing changed. */
class HostileImportTest {

    @TempDir
    Path root;

    private Path dataDir;
    private Path scratch;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seed() throws IOException {
        dataDir = root.resolve("data");
        scratch = Files.createDirectories(root.resolve("scratch"));
        assertThat(run("--data-dir", dataDir.toString(), "profiles").code()).isZero();
    }

    static Path sample(String name) {
        return Path.of(System.getProperty("upskill.samples", "../shared/samples")).resolve(name);
    }

    @Test
    void twoFilesWithTheSameCredentialIdAreRefusedNamingBoth() throws IOException {
        Path first = Files.copy(sample("ctdl/credentialregistry_credential_3_import_COTA.json"), scratch.resolve("first.json"));
        // The same registry id (so the same credential id) with another title: which one is right?
        Path second = Files.writeString(scratch.resolve("second.json"), Files.readString(first)
                .replace("Certified Occupational Therapy Assistant (COTA®)", "Certified Something Else"));
        String before = exportJson(dataDir, scratch);

        Hostile.Result result = run("--data-dir", dataDir.toString(), "import", first.toString(), second.toString());

        result.assertRejected(second.toString(), first.toString());
        assertThat(exportJson(dataDir, scratch)).isEqualTo(before);
    }

    @Test
    void twoPlanFilesThatGiveOneProfileDifferentContentAreRefusedNamingBoth() throws IOException {
        Path first = scratch.resolve("plan-a.json");
        assertThat(run("--data-dir", dataDir.toString(), "export", "json", "--profile", Hostile.PROFILE, "--out",
                first.toString()).code()).isZero();
        Path second = Files.writeString(scratch.resolve("plan-b.json"), Files.readString(first)
                .replace("\"" + Hostile.PROFILE + "\"", "\"Somebody Else\""));

        Hostile.Result result = run("--data-dir", dataDir.toString(), "import", first.toString(), second.toString());

        result.assertRejected(second.toString(), first.toString());
    }

    @Test
    void aPlanFileCannotForgeABadgeVerdictSampleDataOrAVerificationDateInTheFuture() throws IOException {
        Path plan = scratch.resolve("forged.json");
        assertThat(run("--data-dir", dataDir.toString(), "export", "json", "--profile", Hostile.PROFILE, "--out",
                plan.toString()).code()).isZero();
        ObjectNode root = (ObjectNode) json.readTree(plan.toFile());
        ObjectNode profile = (ObjectNode) root.path("profile");
        profile.put("sampleData", true);
        // A real badge with its name changed after signing: its signature no longer holds.
        String tampered = Files.readString(sample("openbadges3/1edtech-validator_simple.json"))
                .replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Forged achievement\"");
        ObjectNode badge = profile.withArray("earnedBadges").addObject();
        badge.put("id", "0c6d2f6e-1111-4222-8333-944445555666");
        badge.put("badgeFormat", "OB3_JSON");
        badge.put("achievementName", "Forged achievement");
        badge.put("verification", "VERIFIED");
        badge.put("verificationDetail", "Signature checked");
        badge.put("rawCredential", tampered);
        badge.put("importedAt", "2025-01-02T03:04:05");
        ObjectNode credential = (ObjectNode) root.withArray("credentials").get(0);
        credential.put("lastVerified", "2999-01-01");
        credential.put("origin", "DEMO");
        json.writeValue(plan.toFile(), root);

        Hostile.Result result = run("--data-dir", dataDir.toString(), "import", plan.toString());
        assertThat(result.code()).as(result.err()).isZero();

        JsonNode after = json.readTree(exportJson(dataDir, scratch));
        JsonNode imported = null;
        for (JsonNode b : after.path("profile").path("earnedBadges")) {
            if (b.path("id").asText().equals("0c6d2f6e-1111-4222-8333-944445555666")) {
                imported = b;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.path("verification").asText()).isNotEqualTo("VERIFIED");
        assertThat(imported.path("verificationDetail").asText()).isNotEqualTo("Signature checked");
        assertThat(after.path("profile").path("sampleData").asBoolean()).isFalse();
        assertThat(after.toString()).doesNotContain("2999-01-01");
        String id = credential.path("id").asText();
        for (JsonNode c : after.path("credentials")) {
            if (c.path("id").asText().equals(id)) {
                assertThat(c.path("origin").asText()).isNotEqualTo("DEMO");
            }
        }
    }
}
