package io.upskillplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.Backup;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.RecoveryNeededException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the startup dialog, the recovery dialog and the command line say when the data folder or
 * its database cannot be used reads in German on a German system, and in English as before.
 */
class StartupErrorTextInGermanTest {

    @TempDir
    Path dir;

    private Locale before;

    @BeforeEach
    void rememberLocale() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aSecondOpenOfTheSameFolderSaysInGermanThatItIsInUse() throws IOException {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (InstanceLock held = AppServices.lock(folder)) {
            DataFolderInUseException e = (DataFolderInUseException) assertThatThrownBy(() -> AppServices.lock(folder))
                    .isInstanceOf(DataFolderInUseException.class).actual();

            Locale.setDefault(Locale.GERMAN);
            assertThat(e.getMessage()).isEqualTo("Der Datenordner " + folder.root() + " wird von einem anderen laufenden"
                    + " Upskill Planner verwendet. Schließen Sie zuerst das andere Fenster, oder starten Sie mit"
                    + " --data-dir und einem anderen Ordner.");
            assertThat(e.text().text(Locale.ENGLISH)).isEqualTo("The data folder " + folder.root() + " is in use by"
                    + " another running Upskill Planner. Close the other window first, or start with --data-dir"
                    + " pointing at another folder.");
        } catch (DataFolderInUseException e) {
            throw new AssertionError("the first lock is this test's own", e);
        }
    }

    @Test
    void aDamagedDatabaseNamesTheLatestBackupAndTheRestoreCommandInGerman() throws IOException {
        DataFolder folder = new DataFolder(dir.resolve("data")).ensureExists();
        Backup latest;
        try (Database database = Database.openH2(folder)) {
            latest = database.backup(BackupReason.MANUAL);
        }
        Files.write(folder.databaseFile(), "not a database".repeat(500).getBytes(StandardCharsets.UTF_8));

        RecoveryNeededException e = (RecoveryNeededException) assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOf(RecoveryNeededException.class).actual();

        Locale.setDefault(Locale.GERMAN);
        assertThat(e.getMessage()).startsWith("Die Datenbank " + folder.databaseFile() + " kann nicht geöffnet werden:"
                        + " sie ist beschädigt oder keine Upskill-Planner-Datenbank (")
                .contains("). Sie wurde nicht verändert. Die neueste Sicherung ist " + latest.file())
                .endsWith("Stellen Sie sie so wieder her: upskill-planner restore " + latest.file());
        assertThat(e.text().text(Locale.ENGLISH)).startsWith("Cannot open the database " + folder.databaseFile()
                        + ": it is damaged or not an Upskill Planner database (")
                .endsWith("). It was left as it is. The latest backup is " + latest.file() + " ("
                        + latest.createdAt().withNano(0) + "). Restore it with: upskill-planner restore " + latest.file());
    }

    @Test
    void aDatabaseOfAnotherProgramIsDamagedInGermanSayingItHoldsNoPlannerData() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data")).ensureExists();
        sql(folder.databaseBase(), "CREATE TABLE NOTES (ID INT)");

        RecoveryNeededException e = (RecoveryNeededException) assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOf(RecoveryNeededException.class).actual();

        assertThat(e.text().text(Locale.GERMAN)).contains("(sie enthält keine Upskill-Planner-Daten)")
                .endsWith("Es gibt keine Sicherung zum Wiederherstellen.");
        assertThat(e.text().text(Locale.ENGLISH)).contains("(it holds no Upskill Planner data). It was left as it is."
                + " There is no backup to restore.");
    }

    @Test
    void aBackupHoldingAViewIsRefusedInGermanNamingTheView() throws Exception {
        DataFolder source = new DataFolder(dir.resolve("source")).ensureExists();
        Database.openH2(source).close();
        Path zip = dir.resolve("crafted.zip");
        sql(source.databaseBase(), "CREATE VIEW PEEK AS SELECT 1 AS ONE", "BACKUP TO '" + zip + "'");
        DataFolder target = new DataFolder(dir.resolve("target")).ensureExists();

        InputRejectedException e = (InputRejectedException) assertThatThrownBy(
                () -> new BackupService(target).verify(zip, new CancelFlag()))
                .isInstanceOf(InputRejectedException.class).actual();

        assertThat(e.reason(Locale.GERMAN)).isEqualTo("wird abgelehnt: die Datenbank darin enthält eine Sicht"
                + " PUBLIC.PEEK, was eine Upskill-Planner-Sicherung nie tut; es könnte Code auf diesem Computer ausführen");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("is refused: the database inside holds a view PUBLIC.PEEK,"
                + " which an Upskill Planner backup never does; it could run code on this computer");
    }

    @Test
    void aDatabaseHoldingAViewIsNotOpenedAndSaysSoInGerman() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data")).ensureExists();
        Database.openH2(folder).close();
        sql(folder.databaseBase(), "CREATE VIEW PEEK AS SELECT 1 AS ONE");

        RecoveryNeededException e = (RecoveryNeededException) assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOf(RecoveryNeededException.class).actual();

        assertThat(e.text().text(Locale.GERMAN)).contains("(sie enthält eine Sicht PUBLIC.PEEK, was Upskill Planner"
                + " nie anlegt; sie wird nicht geöffnet, weil das Code auf diesem Computer ausführen könnte)");
    }

    @Test
    void theCommandLineRefusesAComparisonWithoutExchangeRatesInGerman() throws SQLException {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "profiles").code).isZero();
        sql(new DataFolder(data).databaseBase(), "DELETE FROM EXCHANGE_RATE",
                "UPDATE PROFILE SET CURRENCY = 'JPY' WHERE NAME = 'Maya Lindqvist'");

        Locale.setDefault(Locale.GERMAN);
        Result result = run("--data-dir", data.toString(), "compare", "--profile", "Maya Lindqvist",
                "--goal", "cloud support engineer by september", "--today", "2026-11-28");

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).startsWith("Error: Wechselkurse: ").contains("JPY");
        assertThat(result.out).isEmpty();
    }

    private static void sql(Path databaseBase, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + databaseBase, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
