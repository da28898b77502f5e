package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void profilesJsonOnAnEmptyFolderSeedsAndPrintsTheTwoDemoProfiles() throws IOException {
        Result result = run("--data-dir", dir.toString(), "profiles", "--json");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        JsonNode profiles = json.readTree(result.out);
        assertThat(profiles).hasSize(2);
        assertThat(profiles.findValuesAsText("kind")).containsExactlyInAnyOrder("SELF", "CLIENT");
        assertThat(profiles.get(0).path("budget").path("currency").asText()).hasSize(3);
        assertThat(Files.exists(new DataFolder(dir).databaseFile())).isTrue();
    }

    @Test
    void catalogJsonListsFortyPlusCredentialsAcrossSixPlusIndustries() throws IOException {
        Result result = run("--data-dir", dir.toString(), "catalog", "--json");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        JsonNode catalog = json.readTree(result.out);
        assertThat(catalog.size()).isGreaterThanOrEqualTo(40);
        Set<String> industries = new HashSet<>();
        catalog.forEach(c -> c.path("recognition").forEach(r -> industries.add(r.path("industry").asText())));
        assertThat(industries).hasSizeGreaterThanOrEqualTo(6);
        JsonNode first = catalog.get(0);
        assertThat(first.path("cost").path("currency").asText()).hasSize(3);
        assertThat(first.path("lastVerified").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(first.has("stale")).isTrue();
    }

    @Test
    void catalogSearchNarrowsTheList() throws IOException {
        Result all = run("--data-dir", dir.toString(), "catalog", "--json");
        Result aws = run("--data-dir", dir.toString(), "catalog", "--search", "aws", "--json");

        JsonNode found = json.readTree(aws.out);
        assertThat(found.size()).isPositive().isLessThan(json.readTree(all.out).size());
        found.forEach(c -> assertThat((c.path("title").asText() + " " + c.path("provider").asText() + " "
                + c.path("skills")).toLowerCase()).contains("aws"));
        assertThat(found.findValuesAsText("provider")).contains("Amazon Web Services");
    }

    @Test
    void goalsOfAProfileAreListedByNameInAnyCase() throws IOException {
        Result result = run("--data-dir", dir.toString(), "goals", "--profile", "maya lindqvist", "--json");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        JsonNode goals = json.readTree(result.out);
        assertThat(goals).isNotEmpty();
        assertThat(goals.get(0).path("skills").size()).isPositive();
        assertThat(goals.get(0).path("candidates").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tablesAreReadableText() {
        Result result = run("--data-dir", dir.toString(), "profiles");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        assertThat(result.out.lines().findFirst().orElseThrow()).startsWith("NAME").contains("BUDGET");
        assertThat(result.out).contains("Maya Lindqvist", "Daniel Okafor");
    }

    @Test
    void versionPrintsNameAndVersion() {
        Result result = run("--version");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        assertThat(result.out.strip()).matches("Upskill Planner \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Result result = run("--help");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        assertThat(result.out).contains("profiles", "goals", "catalog", "--data-dir", "Exit codes");
    }

    @Test
    void unknownOptionIsBadUsage() {
        Result result = run("--data-dir", dir.toString(), "profiles", "--colour");

        assertThat(result.code).isEqualTo(ExitCode.USAGE);
        assertThat(result.err).contains("--colour");
    }

    @Test
    void missingRequiredOptionIsBadUsage() {
        assertThat(run("--data-dir", dir.toString(), "goals").code).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void unknownProfileIsRejectedInputNamingTheProfiles() {
        Result result = run("--data-dir", dir.toString(), "goals", "--profile", "Nobody");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("--profile", "'Nobody'", "Maya Lindqvist");
    }

    @Test
    void aFileAsDataFolderIsRejectedInput() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        Result result = run("--data-dir", file.toString(), "profiles");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains(file.toString());
    }

    @Test
    void aDamagedDatabaseIsAFailureWithAClearMessageAndIsNotReplaced() throws IOException {
        DataFolder folder = new DataFolder(dir).ensureExists();
        byte[] garbage = "this is not an H2 database file".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        Result result = run("--data-dir", dir.toString(), "profiles");

        assertThat(result.code).isEqualTo(ExitCode.FAILURE);
        assertThat(result.err).contains("Cannot open the database", folder.databaseFile().toString());
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(garbage);
    }

    @Test
    void aFolderLockedInThisProcessIsInUse() throws IOException {
        DataFolder folder = new DataFolder(dir).ensureExists();
        try (InstanceLock held = InstanceLock.tryAcquire(folder).orElseThrow()) {
            Result result = run("--data-dir", dir.toString(), "profiles");

            assertThat(result.code).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
            assertThat(result.err).contains("in use by another running Upskill Planner");
        }
        assertThat(Files.exists(folder.databaseFile())).isFalse();
    }

    @Test
    void aSecondProcessOnTheSameFolderExitsWithFourAndLeavesTheDatabaseUntouched() throws Exception {
        run("--data-dir", dir.toString(), "profiles");
        DataFolder folder = new DataFolder(dir);
        byte[] before = Files.readAllBytes(folder.databaseFile());
        try (InstanceLock held = InstanceLock.tryAcquire(folder).orElseThrow()) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", dir.toString(), "profiles"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
            assertThat(output).contains("in use by another running Upskill Planner");
        }
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void importOfAFileInNoKnownFormatIsRejectedAndChangesNothing() throws IOException {
        String data = dir.resolve("data").toString();
        int before = json.readTree(run("--data-dir", data, "catalog", "--json").out).size();
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some text");

        Result result = run("--data-dir", data, "import", file.toString());

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains(file.toString(), "no format this app reads");
        assertThat(json.readTree(run("--data-dir", data, "catalog", "--json").out).size()).isEqualTo(before);
    }

    @Test
    void importOfAMissingFileIsRejected() {
        Result result = run("--data-dir", dir.resolve("data").toString(), "import", dir.resolve("absent.json").toString());

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("absent.json", "does not exist");
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
