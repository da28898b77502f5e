package io.upskillplanner.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open store, migrated to the current schema: an H2 file database in the data folder, or a
 * PostgreSQL database a counselor team shares. Close it to shut H2 down cleanly.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String COMMON_MIGRATIONS = "classpath:db/migration";
    // Row-level security and grants have no H2 equivalent; see docs/decisions/0008.
    private static final String POSTGRES_MIGRATIONS = "classpath:db/vendor/postgresql";

    private final DataSource pool;
    private final Runnable disposePool;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final String description;
    private boolean closed;

    private Database(DataSource pool, Runnable disposePool, SQLDialect dialect, String description) {
        this.pool = pool;
        this.disposePool = disposePool;
        this.dialect = dialect;
        this.description = description;
        // Unquoted names work on H2 and PostgreSQL alike, whatever case each folds names to.
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, dialect, settings);
    }

    /** The embedded H2 file of the folder, or the shared server when one is given. */
    public static Database open(DataFolder folder, Optional<ServerDatabase> server) {
        return server.isPresent() ? openPostgres(server.get()) : openH2(folder);
    }

    /**
     * Opens (creating if needed) the H2 database of a data folder and migrates it. The caller must
     * hold the folder's {@link InstanceLock}.
     */
    public static Database openH2(DataFolder folder) {
        boolean existed = Files.exists(folder.databaseFile());
        // WRITE_DELAY=0: a commit is on disk before it is acknowledged.
        String url = "jdbc:h2:file:" + folder.databaseBase() + ";WRITE_DELAY=0"
                + (existed ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Database db = new Database(pool, pool::dispose, SQLDialect.H2, folder.databaseFile().toString());
        try (Connection ignored = pool.getConnection()) {
            LOG.info("Opened database {}", folder.databaseFile());
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("Cannot open the database " + folder.databaseFile() + ": "
                    + rootMessage(e), e);
        }
        db.migrate(COMMON_MIGRATIONS);
        return db;
    }

    /**
     * Opens a shared PostgreSQL database and migrates it. Several instances, on several machines,
     * may have it open at once: optimistic locking keeps their edits apart, and each counselor sees
     * only the profiles their own server role created.
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
        HikariDataSource pool = new HikariDataSource(config);
        Database db = new Database(pool, pool::close, SQLDialect.POSTGRES, server.toString());
        try (Connection ignored = pool.getConnection()) {
            LOG.info("Opened database {}", server);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("Cannot open the database " + server + ": " + rootMessage(e), e);
        }
        db.migrate(COMMON_MIGRATIONS, POSTGRES_MIGRATIONS);
        return db;
    }

    private void migrate(String... locations) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(locations)
                    .loggers("slf4j")
                    .load();
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            closeQuietly();
            throw new StoreException("Cannot bring the database " + description + " up to date: "
                    + rootMessage(e) + setupHint(e), e);
        }
    }

    /** On a shared server only the database's owner may change the schema: say so when a counselor tried. */
    private String setupHint(Exception e) {
        String message = rootMessage(e);
        if (shared() && (message.contains("permission denied") || message.contains("must be owner"))) {
            return " The database's owner must start the app once after each upgrade to set the database up"
                    + " (see \"Team catalog on PostgreSQL\" in the README).";
        }
        return "";
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

    /** Runs work in one transaction: all of it commits, or none of it does. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    public void inTransactionRun(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(configuration.dsl()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shared()) {
            // A shared server keeps running for the others; only this instance's connections go.
            disposePool.run();
            LOG.info("Closed connections to {}", description);
            return;
        }
        // Plain JDBC: SHUTDOWN closes the connection under the statement, which jOOQ would report as an error.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            LOG.info("Shut down database {}", description);
        } catch (SQLException e) {
            LOG.warn("Shutdown of {} failed: {}", description, e.getMessage());
        } finally {
            disposePool.run();
        }
    }

    private void closeQuietly() {
        closed = true;
        disposePool.run();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
