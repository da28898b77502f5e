package io.upskillplanner.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

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
 * The open store: an H2 file database in the data folder, migrated to the current schema.
 * Close it to shut H2 down cleanly.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String description;
    private boolean closed;

    private Database(JdbcConnectionPool pool, SQLDialect dialect, String description) {
        this.pool = pool;
        this.description = description;
        // Unquoted names work on H2 and PostgreSQL alike, whatever case each folds names to.
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, dialect, settings);
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
        Database db = new Database(pool, SQLDialect.H2, folder.databaseFile().toString());
        try (Connection ignored = pool.getConnection()) {
            LOG.info("Opened database {}", folder.databaseFile());
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("Cannot open the database " + folder.databaseFile() + ": "
                    + rootMessage(e), e);
        }
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load();
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", description, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            closeQuietly();
            throw new StoreException("Cannot bring the database " + description + " up to date: "
                    + rootMessage(e), e);
        }
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
        // Plain JDBC: SHUTDOWN closes the connection under the statement, which jOOQ would report as an error.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            LOG.info("Shut down database {}", description);
        } catch (SQLException e) {
            LOG.warn("Shutdown of {} failed: {}", description, e.getMessage());
        } finally {
            pool.dispose();
        }
    }

    private void closeQuietly() {
        closed = true;
        pool.dispose();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
