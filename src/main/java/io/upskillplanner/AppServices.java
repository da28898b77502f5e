package io.upskillplanner;

import java.io.IOException;
import java.util.Optional;

import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.DbExecutor;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one running instance holds: the locked data folder, the open database and the thread
 * that does database work. The desktop app and the command line open it the same way.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final Store store;
    private final DbExecutor dbExecutor = new DbExecutor();

    private AppServices(DataFolder folder, InstanceLock lock, Database database) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.store = new Store(database);
    }

    /** Locks the folder; fails without touching the database when another instance has it. */
    public static InstanceLock lock(DataFolder folder) throws IOException, DataFolderInUseException {
        folder.ensureExists();
        return InstanceLock.tryAcquire(folder).orElseThrow(() -> new DataFolderInUseException(folder.root()));
    }

    /** Opens the database of a folder this process has locked, migrating it and seeding demo data on first use. */
    public static AppServices open(DataFolder folder, InstanceLock lock) {
        return open(folder, lock, Optional.empty());
    }

    /**
     * Opens the embedded database of a locked folder, or the shared server when one is given. The
     * folder stays locked either way: it holds this machine's logs and backups. A shared server gets
     * no demo data: its catalog is the team's, and two first starts at once must not both seed it.
     */
    public static AppServices open(DataFolder folder, InstanceLock lock, Optional<ServerDatabase> server) {
        Database database;
        try {
            database = Database.open(folder, server);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
        AppServices services = new AppServices(folder, lock, database);
        if (database.shared()) {
            return services;
        }
        try {
            new DemoSeeder(services.store).seedIfNew();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    public static AppServices open(DataFolder folder) throws IOException, DataFolderInUseException {
        return open(folder, lock(folder));
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

    @Override
    public void close() {
        dbExecutor.close();
        database.close();
        closeQuietly(lock);
    }

    private static void closeQuietly(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the instance lock: {}", e.getMessage());
        }
    }
}
