package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.upskillplanner.domain.InputRejectedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private DataFolder folder;
    private Database database;
    private Store store;

    @BeforeEach
    void open() throws IOException {
        folder = new DataFolder(dir.resolve("data")).ensureExists();
        database = Database.openH2(folder);
        store = new Store(database);
        store.profiles().save(TrustData.profile(UUID.randomUUID(), "Before Backup"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBackupIsAZipInBackupsNamedByTimeAndReasonThatVerifies() {
        Backup backup = new BackupService(folder).create(database, BackupReason.MANUAL);

        assertThat(backup.file().getParent()).isEqualTo(folder.backups());
        assertThat(backup.file().getFileName().toString()).matches("upskill-planner-\\d{8}-\\d{6}-manual\\.zip");
        assertThat(backup.sizeBytes()).isPositive();
        assertThat(new BackupService(folder).list()).containsExactly(backup);
        VerifiedBackup verified = new BackupService(folder).verify(backup.file(), new CancelFlag());
        assertThat(verified.profiles()).isEqualTo(1);
        verified.discard();
        assertThat(folder.root()).isDirectoryNotContaining("glob:**restore-check*");
    }

    @Test
    void rollingKeepsTheNewestNAsTheSettingSays() {
        store.settings().put(BackupService.KEEP_SETTING, "3");
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        BackupService backups = new BackupService(folder, clock);
        for (int i = 0; i < 5; i++) {
            backups.create(database, BackupReason.MANUAL);
            clock.advanceSeconds(60);
        }

        List<Backup> kept = backups.list();
        assertThat(kept).hasSize(3);
        assertThat(kept.get(0).createdAt()).isEqualTo("2025-03-01T09:04:00");
        assertThat(kept.get(2).createdAt()).isEqualTo("2025-03-01T09:02:00");
    }

    @Test
    void withoutTheSettingTenBackupsAreKept() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        BackupService backups = new BackupService(folder, clock);
        for (int i = 0; i < 12; i++) {
            backups.create(database, BackupReason.IMPORT);
            clock.advanceSeconds(1);
        }

        assertThat(backups.list()).hasSize(BackupService.DEFAULT_KEEP);
    }

    @Test
    void backupsInTheSameSecondGetDistinctNamesAndTheNewestComesFirst() {
        BackupService backups = new BackupService(folder, Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC));
        Backup first = backups.create(database, BackupReason.IMPORT);
        Backup second = backups.create(database, BackupReason.RESTORE);

        assertThat(second.file()).isNotEqualTo(first.file());
        assertThat(backups.list()).extracting(Backup::reason).containsExactly(BackupReason.RESTORE, BackupReason.IMPORT);
    }

    @Test
    void theStartupBackupIsTakenAtMostOnceADay() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
        BackupService backups = new BackupService(folder, clock);

        assertThat(backups.createDailyIfDue(database)).isPresent();
        clock.advanceSeconds(3 * 3600);
        assertThat(backups.createDailyIfDue(database)).isEmpty();
        clock.advanceSeconds(24 * 3600);
        assertThat(backups.createDailyIfDue(database)).isPresent();
        assertThat(backups.list()).extracting(b -> b.createdAt().toLocalDate())
                .containsExactly(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-01"));
    }

    @Test
    void filesThatAreNotWholeBackupsAreRejectedAndNothingIsLeftBehind() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        Path emptyZip = zip(dir.resolve("other.zip"), "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Path notH2 = zip(dir.resolve("fake.zip"), "upskill-planner.mv.db", "garbage".repeat(1000).getBytes(StandardCharsets.UTF_8));
        Path truncated = dir.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(new BackupService(folder).create(database, BackupReason.MANUAL).file());
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path foreign = foreignDatabaseBackup();
        BackupService backups = new BackupService(folder);

        for (Path bad : List.of(text, emptyZip, notH2, truncated, foreign, dir.resolve("absent.zip"))) {
            assertThatThrownBy(() -> backups.verify(bad, new CancelFlag()))
                    .as(bad.toString()).isInstanceOf(InputRejectedException.class).hasMessageContaining(bad.toString());
        }
        assertThat(folder.root()).isDirectoryNotContaining("glob:**restore-check*");
    }

    @Test
    void aFlippedByteInsideTheZipIsCaught() throws IOException {
        Path file = new BackupService(folder).create(database, BackupReason.MANUAL).file();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);

        assertThatThrownBy(() -> new BackupService(folder).verify(damaged, new CancelFlag()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("damaged");
    }

    @Test
    void aBackupFolderWithOtherFilesListsOnlyBackups() throws IOException {
        Files.writeString(folder.backups().resolve("my-notes.txt"), "keep me");
        Files.writeString(folder.backups().resolve("upskill-planner-20250101-000000-unknown.zip"), "x");
        new BackupService(folder).create(database, BackupReason.MANUAL);
        new BackupService(folder).prune(1);

        assertThat(new BackupService(folder).list()).hasSize(1);
        assertThat(folder.backups().resolve("my-notes.txt")).exists();
    }

    private Path foreignDatabaseBackup() {
        DataFolder other = new DataFolder(dir.resolve("foreign"));
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + other.databaseBase(), "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id INT)");
            Path zip = dir.resolve("foreign.zip");
            statement.execute("BACKUP TO '" + zip + "'");
            return zip;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path zip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
