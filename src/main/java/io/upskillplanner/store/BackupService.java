package io.upskillplanner.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database in the data folder's {@code backups/}: consistent online copies made by
 * H2's {@code BACKUP TO} (see docs/decisions/0007), named by time and reason, rolled so that the
 * newest N stay; and the checks a backup passes before it may replace the database.
 */
public final class BackupService {

    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 10;

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final String PREFIX = "upskill-planner-";
    private static final Pattern NAME = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z-]+)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A restore's private work folder in the data folder: removed on every path, and at the next start after a kill. */
    static final String WORK_PREFIX = "restore-work-";
    private static final String UNPACKED = "backup";
    private static final String RESTORED = "restored";

    private final DataFolder folder;
    private final Clock clock;
    private final BackupArchive archive;

    public BackupService(DataFolder folder) {
        this(folder, Clock.systemDefaultZone());
    }

    public BackupService(DataFolder folder, Clock clock) {
        this(folder, clock, BackupArchive.defaults());
    }

    BackupService(DataFolder folder, Clock clock, BackupArchive archive) {
        this.folder = folder;
        this.clock = clock;
        this.archive = archive;
    }

    /** The backups in the data folder, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder.backups())) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.backups(), PREFIX + "*.zip")) {
            for (Path file : files) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new StoreException(ErrorText.of("error.backup.cannotList", folder.backups(), e.getMessage()), e);
        }
        backups.sort(Comparator.comparing(Backup::createdAt).thenComparing(b -> b.file().getFileName().toString(),
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).reversed());
        return backups;
    }

    public Optional<Backup> latest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofTag(m.group(3));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            return Optional.of(new Backup(file, at, reason.get(), Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Backs the open database up into backups/ and rolls the oldest away, keeping the newest N. */
    public Backup create(Database database, BackupReason reason) {
        try {
            Files.createDirectories(folder.backups());
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            Path target = uniqueName(now, reason);
            writeBackup(database, target);
            Backup backup = parse(target).orElseThrow();
            LOG.info("Backup {} ({} bytes)", target.getFileName(), backup.sizeBytes());
            prune(keep(database));
            return backup;
        } catch (IOException e) {
            throw new StorageFailureException(ErrorText.of("error.backup.cannotWriteInto", folder.backups(),
                    e.getMessage()), e);
        }
    }

    /** Backs the open database up into a file of the user's choosing; it is not part of the rolling set. */
    public Path createTo(Database database, Path target) {
        try {
            Path absolute = target.toAbsolutePath().normalize();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            writeBackup(database, absolute);
            return absolute;
        } catch (IOException e) {
            throw new StorageFailureException(ErrorText.of("error.backup.cannotWrite", target, e.getMessage()), e);
        }
    }

    /** The start-of-day backup: made when no start-up backup is from today yet. */
    public Optional<Backup> createDailyIfDue(Database database) {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream()
                .anyMatch(b -> b.reason() == BackupReason.STARTUP && b.createdAt().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(create(database, BackupReason.STARTUP));
    }

    /** Deletes all but the newest {@code keep} backups (never fewer than one); returns what it deleted. */
    public List<Path> prune(int keep) {
        List<Backup> all = list();
        List<Path> deleted = new ArrayList<>();
        for (Backup old : all.subList(Math.min(all.size(), Math.max(1, keep)), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}: {}", old.file(), e.getMessage());
            }
        }
        return deleted;
    }

    /** The number of backups to keep: setting {@value #KEEP_SETTING}, default {@value #DEFAULT_KEEP}. */
    static int keep(Database database) {
        try {
            return new SettingsRepository(database.dsl()).get(KEEP_SETTING).map(String::strip).map(Integer::parseInt)
                    .filter(n -> n > 0).orElse(DEFAULT_KEEP);
        } catch (RuntimeException e) {
            // Before the first migration there is no settings table; a bad value must not stop a backup.
            return DEFAULT_KEEP;
        }
    }

    private Path uniqueName(LocalDateTime at, BackupReason reason) {
        String stamp = at.format(STAMP);
        Path candidate = folder.backups().resolve(PREFIX + stamp + "-" + reason.tag() + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.backups().resolve(PREFIX + stamp + "-" + n + "-" + reason.tag() + ".zip");
        }
        return candidate;
    }

    /** H2 writes the zip under a temporary name; only a finished backup gets its real name. */
    private static void writeBackup(Database database, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try {
            database.backupTo(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.restrict(target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Checks that a file is a whole backup of this app and turns it into a database this app built:
     * the zip is unpacked within limits into a private work folder, the database inside is checked
     * for anything but plain data before H2 opens it, and its rows are copied into a fresh database
     * made by our own migrations (docs/decisions/0018). Rejected files change nothing, and the work
     * folder goes with them.
     */
    public VerifiedBackup verify(Path backupFile, CancelFlag cancel) {
        String source = backupFile.toString();
        if (!Files.isRegularFile(backupFile)) {
            throw new InputRejectedException(source, null, ErrorText.of("error.backup.notAFile"));
        }
        removeStaleWork();
        Path work;
        try {
            work = PrivateFiles.createDirectory(folder.root().resolve(WORK_PREFIX + System.nanoTime()));
        } catch (IOException e) {
            throw new StorageFailureException(ErrorText.of("error.restore.noWorkFolder", folder.root(), e.getMessage()), e);
        }
        try {
            archive.unpack(backupFile, work.resolve(UNPACKED + ".mv.db"), source);
            int profiles = BackupCopy.copy(work.resolve(UNPACKED), work.resolve(RESTORED), source, cancel);
            deleteDatabaseFiles(work.resolve(UNPACKED + ".mv.db"));
            Path restored = work.resolve(RESTORED + ".mv.db");
            PrivateFiles.restrict(restored);
            return new VerifiedBackup(backupFile, work, restored, profiles);
        } catch (RuntimeException e) {
            VerifiedBackup.deleteTree(work);
            throw e;
        }
    }

    /**
     * Deletes what a restore killed half-way left in the data folder: its work folders (which hold a
     * copy of someone's data), and the check files of earlier versions.
     */
    public void removeStaleWork() {
        if (!Files.isDirectory(folder.root())) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder.root(),
                p -> p.getFileName().toString().startsWith(WORK_PREFIX)
                        || p.getFileName().toString().startsWith("restore-check-"))) {
            for (Path path : stale) {
                LOG.info("Removing {}, left by a restore that did not finish", path.getFileName());
                VerifiedBackup.deleteTree(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not look for left-over restore work in {}: {}", folder.root(), e.getMessage());
        }
    }

    /**
     * Moves a database file that cannot be opened out of the way, into {@code damaged/}, so that a
     * backup can take its place. It is never deleted: someone may still rescue data from it.
     */
    public Optional<Path> setAsideDamaged() {
        Path file = folder.databaseFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Path damaged = folder.root().resolve("damaged");
            Files.createDirectories(damaged);
            Path target = damaged.resolve("upskill-planner-" + LocalDateTime.now(clock).format(STAMP) + ".mv.db");
            for (int n = 2; Files.exists(target); n++) {
                target = damaged.resolve("upskill-planner-" + LocalDateTime.now(clock).format(STAMP) + "-" + n + ".mv.db");
            }
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("Moved the damaged database {} to {}", file, target);
            return Optional.of(target);
        } catch (IOException e) {
            throw new StorageFailureException(ErrorText.of("error.store.cannotSetAside", file, e.getMessage()), e);
        }
    }

    /** Deletes an H2 database file and the trace file H2 may have written beside it. */
    static void deleteDatabaseFiles(Path mvDb) {
        VerifiedBackup.deleteQuietly(mvDb);
        String name = mvDb.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            VerifiedBackup.deleteQuietly(mvDb.resolveSibling(name.substring(0, name.length() - ".mv.db".length())
                    + ".trace.db"));
        }
    }

    /**
     * Replaces the data of an open database with a backup: the file is verified first (a file that
     * is not a whole backup is rejected and nothing changes), then the current state is backed up,
     * then swapped. Call it on the database thread.
     */
    public RestoreResult restore(Database database, Path backupFile, CancelFlag cancel) {
        if (database.shared()) {
            throw new StoreException(ErrorText.of("error.restore.notShared"));
        }
        VerifiedBackup verified = verify(backupFile, cancel);
        try {
            cancel.throwIfCancelled();
            Backup replaced = create(database, BackupReason.RESTORE);
            database.replaceWith(verified);
            return new RestoreResult(backupFile, replaced, null, verified.profiles());
        } finally {
            verified.discard();
        }
    }

    /**
     * Restores a backup into the folder while its database is not open: it may be healthy, damaged
     * or missing. A healthy one is backed up first; a damaged one is moved to {@code damaged/},
     * never deleted. The folder must be locked by this process.
     */
    public RestoreResult restoreUnopened(Path backupFile, CancelFlag cancel) {
        VerifiedBackup verified = verify(backupFile, cancel);
        try {
            if (Files.exists(folder.databaseFile())) {
                Database current;
                try {
                    current = Database.openH2(folder, true);
                } catch (RecoveryNeededException e) {
                    Path aside = setAsideDamaged().orElse(null);
                    Database.install(folder, verified);
                    return new RestoreResult(backupFile, null, aside, verified.profiles());
                }
                try (current) {
                    Backup replaced = create(current, BackupReason.RESTORE);
                    current.replaceWith(verified);
                    return new RestoreResult(backupFile, replaced, null, verified.profiles());
                }
            }
            Database.install(folder, verified);
            return new RestoreResult(backupFile, null, null, verified.profiles());
        } finally {
            verified.discard();
        }
    }
}
