package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the first released schema (V1, fixture fixtures/v1-database.sql, written by
 * V1FixtureGenerator) migrates to the current schema with every row intact, and a backup of the
 * V1 state is taken first whenever there is something to migrate.
 */
class UpgradeTest {

    private static final String[] TABLES = {"PROFILE", "SESSION_NOTE", "GOAL", "GOAL_SKILL", "PROVIDER", "CREDENTIAL",
        "CREDENTIAL_SKILL", "CREDENTIAL_RECOGNITION", "CANDIDATE", "EXCHANGE_RATE", "APP_SETTING"};

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseMigratesToTheCurrentSchemaWithItsDataIntact() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data")).ensureExists();
        Map<String, Integer> before = loadFixture(folder);
        assertThat(before.get("PROFILE")).isEqualTo(2);
        assertThat(before.get("CREDENTIAL")).isGreaterThanOrEqualTo(40);
        String latestVersion = latestSchemaVersion();

        try (AppServices app = AppServices.open(folder)) {
            assertThat(app.store().profiles().list()).extracting(Profile::name)
                    .containsExactlyInAnyOrder("Maya Lindqvist", "Daniel Okafor");
            Profile client = app.store().profiles().findByName("Daniel Okafor").orElseThrow();
            assertThat(app.store().profiles().sessionNotes(client.id())).isNotEmpty();
            assertThat(app.store().goals().listForProfile(client.id())).isNotEmpty()
                    .allSatisfy(g -> assertThat(app.store().candidates().listForGoal(g.id())).isNotEmpty());
            // The search text moved to a table of its own (V10): every credential is still found by its provider.
            var catalog = app.store().catalog();
            assertThat(catalog.searchAsTheScreen(CatalogQuery.ALL)).hasSize(before.get("CREDENTIAL"))
                    .allSatisfy(c -> assertThat(catalog.searchAsTheScreen(CatalogQuery.ALL.withText(
                            c.title() + " " + (c.providerName() == null ? "" : c.providerName()))))
                            .extracting(Credential::id).contains(c.id()));
        }

        try (Connection connection = open(folder); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                assertThat(count(statement, table)).as(table).isEqualTo(before.get(table));
            }
            try (ResultSet rs = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(latestVersion);
            }
        }
        boolean migrated = !latestVersion.equals("1");
        assertThat(new BackupService(folder).list()).extracting(Backup::reason)
                .as("a backup before migrating, only when there was a migration")
                .containsExactlyElementsOf(migrated ? java.util.List.of(BackupReason.MIGRATION) : java.util.List.of());
    }

    /** Loads the V1 script into a fresh H2 file, as V1 of the app left it; returns the row counts. */
    private Map<String, Integer> loadFixture(DataFolder folder) throws IOException, SQLException, URISyntaxException {
        Path script = dir.resolve("v1-database.sql");
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/fixtures/v1-database.sql")) {
            Files.copy(in, script);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script + "'");
            for (String table : TABLES) {
                counts.put(table, count(statement, table));
            }
            try (ResultSet rs = statement.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
                rs.next();
                assertThat(rs.getString(1)).as("the fixture is at the first schema").isEqualTo("1");
            }
        }
        return counts;
    }

    /** The version a new database reaches with the migrations of this build. */
    private String latestSchemaVersion() {
        DataFolder scratch = new DataFolder(dir.resolve("scratch"));
        try (Database database = Database.openH2(scratch)) {
            return database.dsl().fetchOne("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1").get(0, String.class);
        }
    }

    private static Connection open(DataFolder folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase() + ";IFEXISTS=TRUE", "sa", "");
    }

    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
