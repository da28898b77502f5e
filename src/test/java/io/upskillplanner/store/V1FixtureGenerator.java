package io.upskillplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.upskillplanner.exchange.DemoSeeder;

import org.flywaydb.core.Flyway;

/**
 * Wrote {@code src/test/resources/fixtures/v1-database.sql}: a database at the first released
 * schema (V1 only) holding the demo profiles, goals, candidates, session notes and catalog, as a
 * text SQL script. It was run once while V1 was the only migration; the repositories it uses
 * follow the current schema, so do not run it again once later migrations exist. Run:
 * {@code java -cp <test classpath> io.upskillplanner.store.V1FixtureGenerator src/test/resources/fixtures/v1-database.sql}
 */
public final class V1FixtureGenerator {

    private V1FixtureGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path scratch = Files.createTempDirectory("v1-fixture");
        DataFolder folder = new DataFolder(scratch).ensureExists();
        Flyway.configure().dataSource("jdbc:h2:file:" + folder.databaseBase(), "sa", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Database database = Database.openH2(folder)) {
            new DemoSeeder(new Store(database)).seedIfNew();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + out + "'");
            }
        }
    }
}
