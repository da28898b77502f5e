package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFolderGetsTheWholeSchema() {
        DataFolder folder = new DataFolder(dir);
        try (Database database = Database.openH2(folder)) {
            List<String> tables = database.dsl()
                    .fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                    .getValues(0, String.class);
            assertThat(tables).contains("PROFILE", "SESSION_NOTE", "GOAL", "GOAL_SKILL", "PROVIDER", "CREDENTIAL",
                    "CREDENTIAL_FACT", "CREDENTIAL_SKILL", "CREDENTIAL_RECOGNITION", "CANDIDATE", "EARNED_BADGE",
                    "EARNED_BADGE_SKILL", "SKILL", "EXCHANGE_RATE", "APP_SETTING", "PROFILE_WEIGHT");
            Integer version = database.dsl().fetchOne(
                    "SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\" WHERE \"success\"")
                    .get(0, Integer.class);
            assertThat(version).isPositive();
        }
        assertThat(Files.exists(folder.databaseFile())).isTrue();
    }

    @Test
    void reopeningAMigratedDatabaseChangesNothing() {
        DataFolder folder = new DataFolder(dir);
        try (Database database = Database.openH2(folder)) {
            new Store(database).settings().put("marker", "kept");
        }
        try (Database database = Database.openH2(folder)) {
            assertThat(new Store(database).settings().get("marker")).contains("kept");
        }
    }
}
