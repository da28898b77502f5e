package io.upskillplanner;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.Backup;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.DbExecutor;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.PrivateFiles;
import io.upskillplanner.store.RecoveryNeededException;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one running instance holds: the locked data folder, the open database and the thread
 * that does database work. The desktop app and the command line open it the same way. It closes
 * once, whoever asks first: the window, Quit, the command's end, or the JVM shutdown hook (SIGTERM).
 */
public final class AppServices implements AutoCloseable {


    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final Store store;
    private final DbExecutor dbExecutor;
    private final BackupService backups;
    private final Thread shutdownHook;
    private boolean closed;
    private boolean seededDemoData;

    private AppServices(DataFolder folder, InstanceLock lock, Database database, DbExecutor dbExecutor) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.dbExecutor = dbExecutor;
        this.store = new Store(database);
        this.backups = new BackupService(folder);
        this.shutdownHook = new Thread(this::close, "upskill-shutdown");
    }

    /** Locks the folder; fails without touching the database when another instance has it. */
    public static InstanceLock lock(DataFolder folder) throws IOException, DataFolderInUseException {
        folder.ensureExists();
        return InstanceLock.tryAcquire(folder).orElseThrow(() -> new DataFolderInUseException(folder.root()));
    }

    /**
     * Opens the database of a folder this process has locked, migrating it and seeding demo data on
     * first use. The work runs on the database thread, like all database work after it.
     *
     * @throws RecoveryNeededException when the database is damaged, or missing while backups exist
     */
    public static AppServices open(DataFolder folder, InstanceLock lock) {
        return open(folder, lock, Optional.empty(), false);
    }

    /** As {@link #open(DataFolder, InstanceLock)}; {@code startEmpty} is the user's choice to start afresh. */
    public static AppServices open(DataFolder folder, InstanceLock lock, boolean startEmpty) {
        return open(folder, lock, Optional.empty(), startEmpty);
    }

    /**
     * Opens the embedded database of a locked folder, or the shared server when one is given. The
     * folder stays locked either way: it holds this machine's logs and backups. A shared server gets
     * no demo data: its catalog is the team's, and two first starts at once must not both seed it.
     */
    public static AppServices open(DataFolder folder, InstanceLock lock, Optional<ServerDatabase> server) {
        return open(folder, lock, server, false);
    }

    /** The general form: a shared server if given, else the folder's file (or a fresh one, if the user chose to start empty). */
    public static AppServices open(DataFolder folder, InstanceLock lock, Optional<ServerDatabase> server,
            boolean startEmpty) {
        DbExecutor executor = new DbExecutor();
        try {
            AppServices services = executor.submit(() -> {
                new BackupService(folder).removeStaleWork();
                restrictLogs(folder);
                Database database = server.isPresent() ? Database.openPostgres(server.get())
                        : Database.openH2(folder, startEmpty);
                AppServices opened = new AppServices(folder, lock, database, executor);
                if (!database.shared()) {
                    try {
                        opened.seededDemoData = new DemoSeeder(opened.store).seedIfNew();
                    } catch (RuntimeException e) {
                        database.close();
                        throw e;
                    }
                }
                return opened;
            }).join();
            Runtime.getRuntime().addShutdownHook(services.shutdownHook);
            return services;
        } catch (CompletionException e) {
            executor.close();
            closeQuietly(lock);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Log files are created with the process's umask; the folder is owner-only, and so are they. */
    private static void restrictLogs(DataFolder folder) {
        try (var logs = Files.newDirectoryStream(folder.logs())) {
            logs.forEach(PrivateFiles::restrict);
        } catch (IOException e) {
            log().debug("Could not tighten the modes of the log files: {}", e.getMessage());
        }
    }

    public static AppServices open(DataFolder folder) throws IOException, DataFolderInUseException {
        return open(folder, lock(folder));
    }

    /** True on the very first start: this opening created the database and seeded the demo data. */
    public boolean seededDemoData() {
        return seededDemoData;
    }

    public DataFolder folder() {
        return folder;
    }

    public Store store() {
        return store;
    }

    public Database database() {
        return database;
    }

    public DbExecutor dbExecutor() {
        return dbExecutor;
    }

    public BackupService backups() {
        return backups;
    }

    /** The start-of-day backup, if none was taken today (none for a shared server). Call it on the database thread. */
    public Optional<Backup> dailyBackupIfDue() {
        return database.shared() ? Optional.empty() : backups.createDailyIfDue(database);
    }

    public Backup backup(BackupReason reason) {
        return backups.create(database, reason);
    }

    /** Lets queued database work finish, shuts H2 down cleanly and releases the lock; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // The JVM is already shutting down, or the hook was never added: nothing to remove.
            }
        }
        try {
            dbExecutor.close();
        } finally {
            // H2's file channel closes itself when I/O runs on an interrupted thread, which turns
            // SHUTDOWN into a crash; the interrupt is set aside until the database is closed.
            boolean interrupted = Thread.interrupted();
            try {
                database.close();
            } finally {
                closeQuietly(lock);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void closeQuietly(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            log().warn("Could not release the instance lock: {}", e.getMessage());
        }
    }

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(AppServices.class);
    }
}
