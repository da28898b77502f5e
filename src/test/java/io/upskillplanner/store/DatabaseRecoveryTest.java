package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.Profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or missing database is reported, never replaced by an empty one; upgrades and restores keep a backup. */
class DatabaseRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithAValidHeaderButDamagedContentIsReportedAndLeftByteForByte() throws IOException {
        DataFolder folder = folderWithOneProfile("Kept");
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        // The two 4 KiB file headers stay; every chunk after them is overwritten.
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(folder.databaseFile(), bytes);

        assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOfSatisfying(RecoveryNeededException.class, e -> {
                    assertThat(e.problem()).isEqualTo(RecoveryNeededException.Problem.DAMAGED);
                    assertThat(e.getMessage()).contains(folder.databaseFile().toString(), "no backup");
                });
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(bytes);
    }

    @Test
    void aGarbageFileIsReportedWithTheLatestBackupAndTheRestoreCommand() throws IOException {
        DataFolder folder = folderWithOneProfile("Kept");
        Backup latest;
        try (Database database = Database.openH2(folder)) {
            latest = database.backup(BackupReason.MANUAL);
        }
        byte[] garbage = "not a database".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOfSatisfying(RecoveryNeededException.class, e -> {
                    assertThat(e.latestBackup()).contains(latest);
                    assertThat(e.getMessage()).contains("restore " + latest.file());
                });
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(garbage);
    }

    @Test
    void aMissingDatabaseIsNotCreatedEmptyWhileBackupsExistUnlessTheUserChoosesSo() throws IOException {
        DataFolder folder = folderWithOneProfile("Kept");
        try (Database database = Database.openH2(folder)) {
            database.backup(BackupReason.MANUAL);
        }
        Files.delete(folder.databaseFile());

        assertThatThrownBy(() -> Database.openH2(folder))
                .isInstanceOfSatisfying(RecoveryNeededException.class,
                        e -> assertThat(e.problem()).isEqualTo(RecoveryNeededException.Problem.MISSING));
        assertThat(folder.databaseFile()).doesNotExist();

        try (Database fresh = Database.openH2(folder, true)) {
            assertThat(new Store(fresh).profiles().count()).isZero();
        }
    }

    @Test
    void aPendingMigrationIsPrecededByABackupOfTheStateBeforeIt() throws IOException {
        DataFolder folder = folderWithOneProfile("Before Upgrade");

        try (Database upgraded = Database.open(folder, false, 0, List.of("classpath:db/testmigration"))) {
            assertThat(upgraded.dsl().fetchCount(upgraded.dsl().selectFrom("upgrade_probe"))).isZero();
        }

        List<Backup> backups = new BackupService(folder).list();
        assertThat(backups).extracting(Backup::reason).containsExactly(BackupReason.MIGRATION);
        Path restoredCheck = dir.resolve("check");
        DataFolder check = new DataFolder(restoredCheck).ensureExists();
        Database.install(check, new BackupService(check).verify(backups.get(0).file(), new CancelFlag()));
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + check.databaseBase()
                + ";IFEXISTS=TRUE", "sa", ""); var rs = connection.getMetaData().getTables(null, "PUBLIC", "UPGRADE_PROBE", null)) {
            assertThat(rs.next()).as("the backup holds the schema before the upgrade").isFalse();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void openingAnUpToDateDatabaseTakesNoBackup() throws IOException {
        DataFolder folder = folderWithOneProfile("Kept");
        Database.openH2(folder).close();

        assertThat(new BackupService(folder).list()).isEmpty();
    }

    @Test
    void aRestoreInPlaceBringsTheBackupBackAndKeepsTheReplacedStateAsABackup() throws IOException {
        DataFolder folder = folderWithOneProfile("Original");
        try (Database database = Database.openH2(folder)) {
            Store store = new Store(database);
            Backup good = database.backup(BackupReason.MANUAL);
            store.profiles().save(TrustData.profile(UUID.randomUUID(), "Added Later"));
            VerifiedBackup verified = new BackupService(folder).verify(good.file(), new CancelFlag());
            Backup replaced = database.backup(BackupReason.RESTORE);

            database.replaceWith(verified);

            assertThat(store.profiles().list()).extracting(Profile::name).containsExactly("Original");
            assertThat(new BackupService(folder).verify(replaced.file(), new CancelFlag()).profiles()).isEqualTo(2);
        }
        assertThat(folder.root()).isDirectoryNotContaining("glob:**.replaced");
    }

    private DataFolder folderWithOneProfile(String name) throws IOException {
        DataFolder folder = new DataFolder(dir.resolve("data")).ensureExists();
        try (Database database = Database.openH2(folder)) {
            new Store(database).profiles().save(TrustData.profile(UUID.randomUUID(), name));
        }
        return folder;
    }
}
