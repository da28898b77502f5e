package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations on each kind of database; {@link MigrationOnH2Test} and {@link MigrationOnPostgresTest} run them. */
abstract class MigrationTest {

    @TempDir
    Path dir;

    TestDatabase testDatabase;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void create() {
        testDatabase = kind().create(dir);
    }

    @AfterEach
    void discard() {
        testDatabase.close();
    }

    @Test
    void anEmptyDatabaseGetsTheWholeSchema() {
        Database database = testDatabase.open();
        // Written to run on both: H2 keeps names upper case, PostgreSQL lower case; Flyway's own table is quoted.
        List<String> tables = database.dsl()
                .fetch("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'")
                .getValues(0, String.class);
        assertThat(tables).contains("PROFILE", "SESSION_NOTE", "GOAL", "GOAL_SKILL", "PROVIDER", "CREDENTIAL",
                "CREDENTIAL_FACT", "CREDENTIAL_SKILL", "CREDENTIAL_RECOGNITION", "CANDIDATE", "EARNED_BADGE",
                "EARNED_BADGE_SKILL", "SKILL", "EXCHANGE_RATE", "APP_SETTING", "PROFILE_WEIGHT");
        Integer failed = database.dsl().fetchOne(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"").get(0, Integer.class);
        Integer applied = database.dsl().fetchOne(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"").get(0, Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void reopeningAMigratedDatabaseChangesNothing() {
        new Store(testDatabase.open()).settings().put("marker", "kept");

        assertThat(new Store(testDatabase.reopen()).settings().get("marker")).contains("kept");
    }
}
