package io.upskillplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import io.upskillplanner.domain.ErrorText;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open store, migrated to the current schema: an H2 file database in the data folder, or a
 * PostgreSQL database a counselor team shares. Close it to shut H2 down cleanly. A restore swaps
 * the H2 file underneath while the same {@code Database} (and every {@link Store} over it) stays in use.
 */
public final class Database implements AutoCloseable {

    /** H2's default write delay, which lets a commit sit in memory for up to half a second. */
    static final int H2_DEFAULT_WRITE_DELAY = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:db/migration";
    // Row-level security and grants have no H2 equivalent; see docs/decisions/0008.
    private static final String POSTGRES_MIGRATIONS = "classpath:db/vendor/postgresql";
    /** H2 error codes that mean the file could not be written: I/O errors, read-only, closed after a failed write. */
    private static final Set<Integer> STORAGE_ERRORS = Set.of(90028, 90031, 90097, 90098);

    /** The H2 database's folder; null for a shared server. */
    private final DataFolder folder;
    private final int writeDelay;
    private final List<String> locations;
    private final SQLDialect dialect;
    private final String description;
    private final DSLContext dsl;
    private volatile DataSource pool;
    private volatile Runnable disposePool;
    private boolean closed;
    private boolean migratedOnOpen = true;

    private Database(DataFolder folder, int writeDelay, List<String> locations, SQLDialect dialect, String description) {
        this.folder = folder;
        this.writeDelay = writeDelay;
        this.locations = locations;
        this.dialect = dialect;
        this.description = description;
        // Unquoted names work on H2 and PostgreSQL alike, whatever case each folds names to.
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        ConnectionProvider connections = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                try {
                    return pool.getConnection();
                } catch (SQLException e) {
                    throw failed(ErrorText.of("error.store.noConnection", e.getMessage()), e);
                }
            }

            @Override
            public void release(Connection connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw failed(ErrorText.of("error.store.cannotRelease"), e);
                }
            }
        };
        ExecuteListener storageErrors = new ExecuteListener() {
            @Override
            public void exception(ExecuteContext ctx) {
                if (ctx.exception() != null) {
                    ctx.exception(translate(ctx.exception()));
                }
            }
        };
        this.dsl = DSL.using(new DefaultConfiguration().set(connections).set(dialect).set(settings)
                .set(new DefaultExecuteListenerProvider(storageErrors)));
    }

    /** The embedded H2 file of the folder, or the shared server when one is given. */
    public static Database open(DataFolder folder, Optional<ServerDatabase> server) {
        return server.isPresent() ? openPostgres(server.get()) : openH2(folder);
    }

    /**
     * Opens the H2 database of a data folder and migrates it, creating it when the folder is new.
     * The caller must hold the folder's {@link InstanceLock}.
     *
     * @throws RecoveryNeededException when the file is damaged, or missing while backups exist
     */
    public static Database openH2(DataFolder folder) {
        return openH2(folder, false);
    }

    /** As {@link #openH2(DataFolder)}; {@code createEvenIfBackupsExist} is the user's explicit choice of a fresh start. */
    public static Database openH2(DataFolder folder, boolean createEvenIfBackupsExist) {
        return open(folder, createEvenIfBackupsExist, 0, List.of());
    }

    /** The general form, for tests: another write delay, or extra migration locations. */
    static Database open(DataFolder folder, boolean createEvenIfBackupsExist, int writeDelay, List<String> extraLocations) {
        boolean existed = Files.exists(folder.databaseFile());
        boolean upToDate = false;
        if (existed) {
            upToDate = probeReadOnly(folder) && extraLocations.isEmpty();
        } else if (!createEvenIfBackupsExist) {
            new BackupService(folder).latest().ifPresent(latest -> {
                throw new RecoveryNeededException(RecoveryNeededException.Problem.MISSING, folder.databaseFile(),
                        null, latest, null);
            });
        }
        List<String> locations = new ArrayList<>(List.of(MIGRATIONS));
        locations.addAll(extraLocations);
        Database db = new Database(folder, writeDelay, List.copyOf(locations), SQLDialect.H2,
                folder.databaseFile().toString());
        db.connect(existed);
        if (upToDate) {
            // The schema history records every shipped migration: Flyway would only validate.
            db.migratedOnOpen = false;
            return db;
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.disposePool();
            throw e;
        }
        return db;
    }

    /**
     * Opens a shared PostgreSQL database and migrates it. Several instances, on several machines,
     * may have it open at once: optimistic locking keeps their edits apart, and each counselor sees
     * only the profiles their own server role created. Backing it up is the server's job (pg_dump).
     */
    public static Database openPostgres(ServerDatabase server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName("upskill-planner");
        // Fail at once with the server's own message rather than retrying for half a minute.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("ApplicationName", "Upskill Planner");
        HikariDataSource hikari = new HikariDataSource(config);
        Database db = new Database(null, 0, List.of(MIGRATIONS, POSTGRES_MIGRATIONS), SQLDialect.POSTGRES,
                server.toString());
        db.pool = hikari;
        db.disposePool = hikari::close;
        try (Connection ignored = hikari.getConnection()) {
            LOG.info("Opened database {}", server);
        } catch (SQLException e) {
            hikari.close();
            throw new StoreException(ErrorText.of("error.store.cannotOpen", server, rootMessage(e)), e);
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.disposePool();
            throw e;
        }
        return db;
    }

    /**
     * Opens an existing file read-only first. H2 opens a file whose chunks are all damaged as an
     * empty database and, opened for writing, truncates it to nothing; the read-only probe leaves
     * the file as it is, and a file without our schema is reported instead of migrated from scratch.
     */
    private static boolean probeReadOnly(DataFolder folder) {
        Optional<ErrorText> unsafe = Optional.empty();
        try {
            unsafe = DatabaseObjectsCheck.firstUnsafeObject(folder.databaseFile());
        } catch (DatabaseObjectsCheck.UnreadableException e) {
            // Unreadable, or held by another program: the SQL probe below says which.
        }
        if (unsafe.isPresent()) {
            // Not opened at all: H2 would run such an object's code on opening the file (docs/decisions/0018).
            throw damaged(folder, ErrorText.of("error.recovery.unsafeObject", unsafe.get()), null);
        }
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    throw damaged(folder, ErrorText.of("error.recovery.noData"), null);
                }
            }
            return SchemaHistory.read(statement).recordsExactly(ShippedMigrations.versions());
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                throw new StoreException(ErrorText.of("error.store.inUseByAnother", folder.databaseFile(), rootMessage(e)), e);
            }
            throw damaged(folder, rootMessage(e), e);
        }
    }

    /** {@code detail} is an {@link ErrorText}, or H2's own words. */
    private static RecoveryNeededException damaged(DataFolder folder, Object detail, Throwable cause) {
        return new RecoveryNeededException(RecoveryNeededException.Problem.DAMAGED, folder.databaseFile(), detail,
                new BackupService(folder).latest().orElse(null), cause);
    }

    private void connect(boolean mustExist) {
        // WRITE_DELAY=0: H2 writes the MVStore chunk before commit returns (docs/decisions/0007).
        // DB_CLOSE_ON_EXIT=FALSE: H2's own JVM hook would close the database under running work;
        // AppServices' hook lets that work finish first, then shuts down.
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";WRITE_DELAY=" + writeDelay + ";DB_CLOSE_ON_EXIT=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool created = JdbcConnectionPool.create(url, "sa", "");
        created.setMaxConnections(8);
        try (Connection ignored = created.getConnection()) {
            PrivateFiles.restrict(folder.databaseFile());
            LOG.info("Opened database {}", folder.databaseFile());
        } catch (SQLException e) {
            created.dispose();
            if (mustExist) {
                throw damaged(folder, rootMessage(e), e);
            }
            throw new StoreException(ErrorText.of("error.store.cannotOpen", folder.databaseFile(), rootMessage(e)), e);
        }
        pool = created;
        disposePool = created::dispose;
    }

    private void migrate() {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(locations.toArray(String[]::new))
                    .loggers("slf4j")
                    .load();
            MigrationInfoService info = flyway.info();
            if (!shared() && info.pending().length > 0 && info.applied().length > 0) {
                // An upgrade changes the schema of real data: keep the state before it.
                new BackupService(folder).create(this, BackupReason.MIGRATION);
            }
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException(ErrorText.of(ownerMustMigrate(e) ? "error.store.cannotMigrateOwner"
                    : "error.store.cannotMigrate", description, rootMessage(e)), e);
        }
    }

    /** On a shared server only the database's owner may change the schema: say so when a counselor tried. */
    private boolean ownerMustMigrate(Exception e) {
        String message = rootMessage(e);
        return shared() && (message.contains("permission denied") || message.contains("must be owner"));
    }

    /**
     * Whether opening ran Flyway; false when the schema history already recorded every shipped
     * migration and Flyway was not loaded at all.
     */
    public boolean migratedOnOpen() {
        return migratedOnOpen;
    }

    /** Whether this is a server several counselors share, rather than the embedded file. */
    public boolean shared() {
        return dialect != SQLDialect.H2;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The data folder this database lives in; null for a shared server. */
    public DataFolder folder() {
        return folder;
    }

    /** Runs work in one transaction: all of it commits, or none of it does. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    public void inTransactionRun(Consumer<DSLContext> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** A consistent copy of the open database into a zip file (H2 {@code BACKUP TO}). */
    void backupTo(Path zip) {
        requireEmbedded(ErrorText.of("error.store.backups"));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failed(ErrorText.of("error.backup.failed", rootMessage(e)), e);
        }
    }

    /** Takes a safety backup, e.g. before a bulk import. */
    public Backup backup(BackupReason reason) {
        requireEmbedded(ErrorText.of("error.store.backups"));
        return new BackupService(folder).create(this, reason);
    }

    private void requireEmbedded(ErrorText what) {
        if (shared()) {
            throw new StoreException(ErrorText.of("error.store.embeddedOnly", what, description));
        }
    }

    /**
     * Puts a verified backup in place of the open database: shuts H2 down, swaps the files, reopens
     * and migrates. If the backup cannot be opened, the previous file goes back. Run it on the
     * database thread, with no other work in flight. The caller takes the safety backup first.
     */
    public synchronized void replaceWith(VerifiedBackup backup) {
        requireEmbedded(ErrorText.of("error.store.restores"));
        if (closed) {
            throw new StoreException(ErrorText.of("error.store.closed"));
        }
        if (!backup.exists()) {
            throw new StoreException(ErrorText.of("error.restore.backupUsed", backup.source()));
        }
        shutdownPool();
        Path current = folder.databaseFile();
        Path previous = current.resolveSibling(current.getFileName() + ".replaced");
        try {
            Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(backup.databaseFile(), current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            restorePrevious(previous, current);
            throw new StorageFailureException(ErrorText.of("error.restore.cannotPlace", e.getMessage()), e);
        }
        try {
            connect(true);
            migrate();
        } catch (RuntimeException e) {
            disposePool();
            BackupService.deleteDatabaseFiles(current);
            restorePrevious(previous, current);
            throw e;
        }
        VerifiedBackup.deleteQuietly(previous);
        LOG.info("Restored {} from {}", current, backup.source());
    }

    private void restorePrevious(Path previous, Path current) {
        try {
            if (Files.exists(previous)) {
                Files.move(previous, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            connect(true);
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not reopen the previous database after a failed restore; it is at {}", previous, e);
        }
    }

    /**
     * Puts a verified backup in place when no database is open (it was missing, or was set aside
     * as damaged). Open the folder afterwards as usual.
     */
    public static void install(DataFolder folder, VerifiedBackup backup) {
        if (Files.exists(folder.databaseFile())) {
            throw new StoreException(ErrorText.of("error.restore.databaseExists", folder.databaseFile()));
        }
        try {
            Files.move(backup.databaseFile(), folder.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageFailureException(ErrorText.of("error.restore.cannotPlace", e.getMessage()), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shared()) {
            // A shared server keeps running for the others; only this instance's connections go.
            disposePool();
            LOG.info("Closed connections to {}", description);
            return;
        }
        shutdownPool();
    }

    private void shutdownPool() {
        DataSource current = pool;
        Runnable dispose = disposePool;
        if (current == null) {
            return;
        }
        // Plain JDBC: SHUTDOWN closes the connection under the statement, which jOOQ would report as an
        // error; closing that connection again would only make H2 trace "already closed" into the data folder.
        Connection connection = null;
        try {
            connection = current.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            connection = null;
            LOG.info("Shut down database {}", description);
        } catch (SQLException e) {
            LOG.warn("Shutdown of {} failed: {}", description, e.getMessage());
        } finally {
            closeQuietly(connection);
            dispose.run();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection after a failed shutdown: {}", e.getMessage());
            }
        }
    }

    private void disposePool() {
        Runnable dispose = disposePool;
        if (dispose != null) {
            dispose.run();
        }
    }

    /**
     * Turns a failed write to a full or read-only disk into a message a user can act on; other
     * failures pass unchanged.
     */
    RuntimeException translate(RuntimeException e) {
        if (e instanceof StoreException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            boolean storage = (t instanceof SQLException sql && STORAGE_ERRORS.contains(sql.getErrorCode()))
                    || message.contains("no space left") || message.contains("read-only file system")
                    || message.contains("file too large") || message.contains("writing failed");
            if (storage) {
                ErrorText where = folder == null ? ErrorText.of("error.store.where.database", description)
                        : ErrorText.of("error.store.where.folder", folder.root());
                return new StorageFailureException(ErrorText.of("error.store.full", where, rootMessage(e)), e);
            }
        }
        return e;
    }

    /** A full or read-only disk says so ({@link #translate}); any other failure says {@code what}. */
    private RuntimeException failed(ErrorText what, SQLException e) {
        RuntimeException storage = translate(new DataAccessException(e.getMessage(), e));
        return storage instanceof StorageFailureException ? storage : new StoreException(what, e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
