package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.Store;
import io.upskillplanner.store.TrustData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore}, and what the command line says about a damaged or missing database. */
class BackupCommandTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void backupWritesIntoTheRollingSetOrIntoTheGivenFile() {
        Path data = dir.resolve("data");
        Result inFolder = run("--data-dir", data.toString(), "backup");
        Path out = dir.resolve("elsewhere/my.zip");
        Result toFile = run("--data-dir", data.toString(), "backup", "--out", out.toString());

        assertThat(inFolder.code).as(inFolder.err).isEqualTo(ExitCode.OK);
        assertThat(new BackupService(new DataFolder(data)).list()).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo(BackupReason.MANUAL));
        assertThat(inFolder.out).contains("backups");
        assertThat(toFile.code).isEqualTo(ExitCode.OK);
        assertThat(out).isRegularFile();
        assertThat(toFile.out).contains(out.toString());
    }

    @Test
    void restoreBringsTheBackupBackAndKeepsTheReplacedData() throws IOException {
        Path data = dir.resolve("data");
        Path saved = dir.resolve("saved.zip");
        run("--data-dir", data.toString(), "backup", "--out", saved.toString());
        addProfile(new DataFolder(data), "Added After The Backup");
        assertThat(profileNames(data)).contains("Added After The Backup");

        Result result = run("--data-dir", data.toString(), "restore", saved.toString());

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        assertThat(result.out).contains("Restored", "before-restore");
        assertThat(profileNames(data)).doesNotContain("Added After The Backup").contains("Maya Lindqvist");
        assertThat(new BackupService(new DataFolder(data)).list()).extracting(b -> b.reason())
                .contains(BackupReason.RESTORE);
    }

    @Test
    void restoringAFileThatIsNotABackupIsRejectedAndChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "profiles");
        DataFolder folder = new DataFolder(data);
        byte[] before = Files.readAllBytes(folder.databaseFile());
        Path notes = Files.writeString(dir.resolve("notes.zip"), "hello");

        Result result = run("--data-dir", data.toString(), "restore", notes.toString());

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains(notes.toString(), "not an Upskill Planner backup");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        assertThat(new BackupService(folder).list()).isEmpty();
    }

    @Test
    void restoringADamagedBackupIsRejectedAndChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        Path saved = dir.resolve("saved.zip");
        run("--data-dir", data.toString(), "backup", "--out", saved.toString());
        byte[] bytes = Files.readAllBytes(saved);
        Files.write(saved, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        DataFolder folder = new DataFolder(data);
        byte[] before = Files.readAllBytes(folder.databaseFile());

        Result result = run("--data-dir", data.toString(), "restore", saved.toString());

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains(saved.toString());
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void restoreIsRefusedWhileAnotherInstanceHoldsTheFolder() throws IOException {
        Path data = dir.resolve("data");
        Path saved = dir.resolve("saved.zip");
        run("--data-dir", data.toString(), "backup", "--out", saved.toString());
        DataFolder folder = new DataFolder(data);
        byte[] before = Files.readAllBytes(folder.databaseFile());

        try (InstanceLock held = InstanceLock.tryAcquire(folder).orElseThrow()) {
            Result result = run("--data-dir", data.toString(), "restore", saved.toString());

            assertThat(result.code).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
        }
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseNamesTheLatestBackupAndTheRestoreCommandAndRestoreRepairsIt() throws IOException {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "backup");
        DataFolder folder = new DataFolder(data);
        Path latest = new BackupService(folder).latest().orElseThrow().file();
        byte[] garbage = "damaged".repeat(3000).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        Result refused = run("--data-dir", data.toString(), "profiles");

        assertThat(refused.code).isEqualTo(ExitCode.FAILURE);
        assertThat(refused.err).contains("damaged", latest.toString(), "restore " + latest).doesNotContain("Exception");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(garbage);

        Result restored = run("--data-dir", data.toString(), "restore", latest.toString());

        assertThat(restored.code).as(restored.err).isEqualTo(ExitCode.OK);
        assertThat(restored.out).contains("damaged database was moved to");
        assertThat(profileNames(data)).contains("Maya Lindqvist");
        try (var aside = Files.list(folder.root().resolve("damaged"))) {
            assertThat(Files.readAllBytes(aside.findFirst().orElseThrow())).isEqualTo(garbage);
        }
    }

    @Test
    void aMissingDatabaseWithBackupsIsNotRecreatedEmpty() throws IOException {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "backup");
        DataFolder folder = new DataFolder(data);
        Files.delete(folder.databaseFile());

        Result refused = run("--data-dir", data.toString(), "profiles");

        assertThat(refused.code).isEqualTo(ExitCode.FAILURE);
        assertThat(refused.err).contains("missing", "restore ");
        assertThat(folder.databaseFile()).doesNotExist();
    }

    @Test
    void backupAndRestoreRefuseASharedServerWithoutTouchingTheLocalFolder() throws IOException {
        Path data = dir.resolve("data");
        Path saved = dir.resolve("saved.zip");
        run("--data-dir", data.toString(), "backup", "--out", saved.toString());
        byte[] before = Files.readAllBytes(new DataFolder(data).databaseFile());
        String server = "jdbc:postgresql://127.0.0.1:9/upskill";

        Result backup = run("--data-dir", data.toString(), "--db-url", server, "backup");
        Result restore = run("--data-dir", data.toString(), "--db-url", server, "restore", saved.toString());

        assertThat(backup.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(backup.err).contains("--db-url", "administrator");
        assertThat(restore.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(restore.err).contains("--db-url", "administrator");
        assertThat(Files.readAllBytes(new DataFolder(data).databaseFile())).isEqualTo(before);
    }

    private static void addProfile(DataFolder folder, String name) {
        try (Database database = Database.openH2(folder)) {
            new Store(database).profiles().save(TrustData.profile(UUID.randomUUID(), name));
        }
    }

    private java.util.List<String> profileNames(Path data) throws IOException {
        Result result = run("--data-dir", data.toString(), "profiles", "--json");
        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        return json.readTree(result.out).findValuesAsText("name");
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
