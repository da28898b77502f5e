package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.AppServices;
import io.upskillplanner.Main;
import io.upskillplanner.domain.Profile;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full or read-only disk: saving fails with a message a user can act on, and everything saved
 * before is still there afterwards. The data folder sits on a small tmpfs (root in a test may
 * mount one; where it cannot, those tests are skipped and the message test still runs).
 * Root ignores file permissions, so a read-only folder is a read-only remount, not chmod.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Path mountPoint;

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    @Test
    void aFullDiskFailsTheSaveClearlyAndLosesNothingSavedBefore() throws Exception {
        DataFolder folder = new DataFolder(mountTmpfs("6m").resolve("data"));
        List<String> saved = new ArrayList<>();
        StoreException failure = null;
        try (AppServices app = AppServices.open(folder)) {
            String bulk = "x".repeat(19_000);
            for (int i = 0; i < 10_000 && failure == null; i++) {
                String name = "saved-" + i;
                try {
                    app.store().profiles().save(withNotes(TrustData.profile(UUID.randomUUID(), name), bulk));
                    saved.add(name);
                } catch (StoreException e) {
                    failure = e;
                }
            }
        }

        assertThat(failure).as("the disk filled up").isInstanceOf(StorageFailureException.class);
        assertThat(failure.getMessage()).contains(folder.root().toString(), "full or cannot be written",
                "Everything saved before is safe");
        assertThat(saved).isNotEmpty();
        run("mount", "-o", "remount,size=64m", mountPoint.toString());
        try (AppServices reopened = AppServices.open(folder)) {
            assertThat(reopened.store().profiles().list()).extracting(Profile::name).containsAll(saved);
        }
    }

    @Test
    void aDataFolderThatIsReadOnlyAtStartIsRefusedClearlyAndNothingChanges() throws Exception {
        DataFolder folder = new DataFolder(mountTmpfs("64m").resolve("data"));
        try (AppServices app = AppServices.open(folder)) {
            app.store().profiles().save(TrustData.profile(UUID.randomUUID(), "Saved Before"));
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        // Linux refuses a read-only remount while H2 has the file open for writing, so the folder turns read-only between runs.
        run("mount", "-o", "remount,ro", mountPoint.toString());

        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "--data-dir", folder.root().toString(), "profiles");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(folder.root().toString(), "Read-only file system");
        run("mount", "-o", "remount,rw", mountPoint.toString());
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        try (AppServices reopened = AppServices.open(folder)) {
            assertThat(reopened.store().profiles().list()).extracting(Profile::name).contains("Saved Before");
        }
    }

    @Test
    void h2RefusingAWriteToAReadOnlyFileBecomesTheClearMessage() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Database database = Database.openH2(folder)) {
            database.backup(BackupReason.MANUAL);
        }
        SQLException refused;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", ""); Statement statement = connection.createStatement()) {
            refused = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("INSERT INTO app_setting (name, val) VALUES ('x', 'y')"));
        }
        assertThat((Throwable) refused).as("H2 refuses the write").isNotNull();
        try (Database database = Database.openH2(folder)) {
            RuntimeException translated = database.translate(new DataAccessException("failed", refused));
            RuntimeException other = new DataAccessException("failed", new SQLException("syntax", "42000", 42000));

            assertThat(translated).isInstanceOf(StorageFailureException.class)
                    .hasMessageContaining(folder.root().toString()).hasMessageContaining("Everything saved before is safe");
            assertThat(database.translate(other)).isSameAs(other);
        }
    }

    private static Profile withNotes(Profile p, String notes) {
        return new Profile(p.id(), p.name(), p.kind(), p.currentRole(), p.currentIndustry(), p.weeklyHours(), p.budget(),
                p.salaryNow(), notes, p.sampleData(), p.createdAt(), p.updatedAt(), p.version());
    }

    private Path mountTmpfs(String size) throws Exception {
        Path target = Files.createDirectories(dir.resolve("mnt"));
        int code = runForCode("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", target.toString());
        Assumptions.assumeTrue(code == 0, "this machine does not let the test mount a tmpfs");
        mountPoint = target;
        return target;
    }

    private static void run(String... command) throws Exception {
        int code = runForCode(command);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
    }

    private static int runForCode(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
