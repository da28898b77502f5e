package io.upskillplanner.security;

import static io.upskillplanner.security.Hostile.craftedBackup;
import static io.upskillplanner.security.Hostile.exportJson;
import static io.upskillplanner.security.Hostile.outside;
import static io.upskillplanner.security.Hostile.run;
import static io.upskillplanner.security.Hostile.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.upskillplanner.store.DataFolder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups from someone else: a restore copies their rows, never their code. Each case crafts a
 * real file, runs the real {@code restore}, and checks the exit code, the message, that nothing
 * outside the data folder changed and that the data is as it was.
 */
class HostileBackupTest {

    @TempDir
    Path root;

    private Path dataDir;
    private Path scratch;
    private Path marker;

    @BeforeEach
    void seed() throws IOException {
        dataDir = root.resolve("data");
        scratch = Files.createDirectories(root.resolve("scratch"));
        marker = root.resolve("pwned.txt");
        assertThat(run("--data-dir", dataDir.toString(), "profiles").code()).isZero();
    }

    @Test
    void aTriggerWhoseJavaSourceRunsWhenH2OpensTheFileIsRefusedUnopened() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "trigger",
                "CREATE TRIGGER AUDIT BEFORE INSERT ON PROFILE AS $$ org.h2.api.Trigger create() throws Exception {"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");"
                        + " return (c, o, n) -> { }; } $$");
        Files.deleteIfExists(marker); // creating the trigger above ran it once, in the crafting

        assertRestoreRefused(crafted, "trigger", "AUDIT");
    }

    @Test
    void aJavaFunctionThatTheAppsQueriesWouldReachIsRefused() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "alias",
                "CREATE ALIAS SETTING_VALUE AS $$ String value(String v) throws Exception {"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), v); return v; } $$",
                "CREATE TABLE APP_SETTING_REAL AS SELECT * FROM APP_SETTING",
                "DROP TABLE APP_SETTING",
                "CREATE VIEW APP_SETTING AS SELECT NAME, SETTING_VALUE(VAL) AS VAL FROM APP_SETTING_REAL");

        assertRestoreRefused(crafted, "Java function", "SETTING_VALUE");
    }

    @Test
    void aViewThatWritesAFileWhenReadIsRefused() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "filewrite",
                "DROP TABLE EXCHANGE_RATE",
                "CREATE VIEW EXCHANGE_RATE AS SELECT 'EUR' AS FROM_CURRENCY, 'USD' AS TO_CURRENCY, 1.1 AS RATE,"
                        + " CURRENT_DATE AS UPDATED_ON, FILE_WRITE('written', '" + marker + "') AS X");

        assertRestoreRefused(crafted, "view", "EXCHANGE_RATE");
    }

    @Test
    void aLinkedTableThatReachesAnotherDatabaseIsRefused() throws Exception {
        Path elsewhere = scratch.resolve("elsewhere");
        Path crafted = craftedBackup(dataDir, scratch, "linked",
                "CREATE LINKED TABLE REMOTE('org.h2.Driver', 'jdbc:h2:file:" + elsewhere + "', 'sa', '',"
                        + " 'INFORMATION_SCHEMA.USERS')");

        assertRestoreRefused(crafted, "linked table", "REMOTE");
    }

    @Test
    void aSecondDatabaseUserIsRefused() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "user", "CREATE USER VISITOR PASSWORD 'x' ADMIN");

        assertRestoreRefused(crafted, "user", "VISITOR");
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedBeforeAnythingChanges() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "newer",
                "INSERT INTO \"flyway_schema_history\" VALUES (999, '999', 'from the future', 'SQL',"
                        + " 'V999__future.sql', 0, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");

        assertRestoreRefused(crafted, "newer version of Upskill Planner", "999");
        assertThat(run("--data-dir", dataDir.toString(), "profiles").code()).isZero();
    }

    @Test
    void aTableTheAppDoesNotKnowIsRefused() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "extra", "CREATE TABLE STASH (ID INT)");

        assertRestoreRefused(crafted, "table STASH", "not part of Upskill Planner");
    }

    @Test
    void aColumnOfAnotherTypeIsRefusedSoNoJavaObjectIsEverDeserialised() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "javaobject",
                "ALTER TABLE APP_SETTING ADD COLUMN PAYLOAD JAVA_OBJECT");

        assertRestoreRefused(crafted, "table APP_SETTING", "columns");
    }

    @Test
    void aPlainBackupStillRestoresItsRows() throws Exception {
        String before = exportJson(dataDir, scratch);
        Path backup = scratch.resolve("plain.zip");
        assertThat(run("--data-dir", dataDir.toString(), "backup", "--out", backup.toString()).code()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + new DataFolder(dataDir).databaseBase(),
                "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE PROFILE SET NOTES = 'changed after the backup'");
        }
        assertThat(exportJson(dataDir, scratch)).isNotEqualTo(before);

        Hostile.Result restored = run("--data-dir", dataDir.toString(), "restore", backup.toString());

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored").contains("profiles");
        assertThat(exportJson(dataDir, scratch)).isEqualTo(before);
        assertThat(dataDir).isDirectoryNotContaining("glob:**restore-work-*");
    }

    @Test
    void aZipBombByRatioIsRefusedFromTheZipsOwnDirectory() throws Exception {
        Path bomb = scratch.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("upskill-planner.mv.db"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertRestoreRefused(bomb, "zip bomb");
    }

    @Test
    void anEntryThatInflatesPastItsDeclaredSizeIsStoppedThere() throws Exception {
        Path lying = scratch.resolve("lying.zip");
        try (OutputStream out = Files.newOutputStream(lying); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("upskill-planner.mv.db"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        declareUncompressedSize(lying, 1024 * 1024);

        assertRestoreRefused(lying, "more data than it declares");
    }

    @Test
    void aZipBombByEntryCountIsRefused() throws Exception {
        Path many = scratch.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 20_000; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".mv.db"));
                zip.closeEntry();
            }
        }

        assertRestoreRefused(many, "20000 files");
    }

    @Test
    void entryNamesThatClimbOutOrAreAbsoluteAreRefusedAndNothingIsWrittenThere() throws Exception {
        for (String name : new String[] {"../../escaped.mv.db", "/tmp/escaped-" + System.nanoTime() + ".mv.db",
            "C:\\escaped.mv.db", "sub/../../escaped.mv.db"}) {
            Path zip = Hostile.zip(scratch.resolve("traversal-" + Math.abs(name.hashCode()) + ".zip"),
                    Map.of(name, utf8("not a database")));

            assertRestoreRefused(zip, "entry");
            assertThat(root.resolve("escaped.mv.db")).doesNotExist();
            assertThat(root.getParent().resolve("escaped.mv.db")).doesNotExist();
        }
    }

    @Test
    void aBackupHoldingMoreThanTheDatabaseIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("upskill-planner.mv.db", utf8("x"));
        entries.put("evil.sh", utf8("#!/bin/sh"));

        assertRestoreRefused(Hostile.zip(scratch.resolve("two.zip"), entries), "2 files");
    }

    @Test
    void workThatAKilledRestoreLeftBehindIsRemovedAtTheNextStart() throws Exception {
        Path stale = Files.createDirectories(dataDir.resolve("restore-work-12345"));
        Files.writeString(stale.resolve("restored.mv.db"), "a copy of a client's data");
        Path oldCheck = Files.writeString(dataDir.resolve("restore-check-99.mv.db"), "an older version's check copy");

        assertThat(run("--data-dir", dataDir.toString(), "profiles").code()).isZero();

        assertThat(stale).doesNotExist();
        assertThat(oldCheck).doesNotExist();
    }

    @Test
    void aDatabaseFileWithATriggerIsNotOpenedAtStartEither() throws Exception {
        Path crafted = craftedBackup(dataDir, scratch, "planted",
                "CREATE TRIGGER PLANTED BEFORE INSERT ON PROFILE AS $$ org.h2.api.Trigger create() throws Exception {"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");"
                        + " return (c, o, n) -> { }; } $$");
        Files.deleteIfExists(marker);
        DataFolder folder = new DataFolder(dataDir);
        Files.copy(scratch.resolve("planted-db").resolve("crafted.mv.db"), folder.databaseFile(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(crafted).exists();

        Hostile.Result result = run("--data-dir", dataDir.toString(), "profiles");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("trigger").contains("PLANTED").doesNotContain("\tat ");
        assertThat(marker).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theDataFolderItsDatabaseAndItsBackupsAreTheOwnersAlone() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "backup").code()).isZero();
        DataFolder folder = new DataFolder(dataDir);

        for (Path dir : new Path[] {folder.root(), folder.backups(), folder.logs()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.databaseFile()))).isEqualTo("rw-------");
        try (var backups = Files.list(folder.backups())) {
            backups.forEach(b -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).as(b.toString())
                            .isEqualTo("rw-------");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private void assertRestoreRefused(Path crafted, String... reasons) throws IOException, SQLException {
        String before = exportJson(dataDir, scratch);
        Map<String, Long> outsideBefore = outside(root, dataDir);

        Hostile.Result result = run("--data-dir", dataDir.toString(), "restore", crafted.toString());

        result.assertRejected(crafted.toString(), reasons);
        assertThat(marker).as("the crafted file's code ran").doesNotExist();
        assertThat(outside(root, dataDir)).isEqualTo(outsideBefore);
        assertThat(dataDir).isDirectoryNotContaining("glob:**restore-work-*");
        assertThat(exportJson(dataDir, scratch)).isEqualTo(before);
    }

    /** Rewrites the size the zip's central directory declares for its only entry. */
    private static void declareUncompressedSize(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = bytes.length - 22; i >= 0; i--) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, size);
                break;
            }
        }
        Files.write(zip, bytes);
    }
}
