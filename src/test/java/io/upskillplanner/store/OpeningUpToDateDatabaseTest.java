package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opening a database whose schema history already records every shipped migration skips Flyway. */
class OpeningUpToDateDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void reopeningAnUpToDateDatabaseSkipsFlywayAndReadsTheData() {
        DataFolder folder = new DataFolder(dir);
        try (Database created = Database.openH2(folder)) {
            assertThat(created.migratedOnOpen()).isTrue();
            new Store(created).profiles().save(Profile.create("Ada", ProfileKind.SELF, BigDecimal.TEN, Money.of(10, "EUR")));
        }

        try (Database reopened = Database.openH2(folder)) {
            assertThat(reopened.migratedOnOpen()).isFalse();
            assertThat(new Store(reopened).profiles().list()).extracting(Profile::name).containsExactly("Ada");
        }
    }

    @Test
    void aDatabaseWhoseHistoryLacksTheLatestMigrationIsMigratedOnOpen() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database created = Database.openH2(folder);
                Connection connection = created.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            // As a database made before V10 was: the search text in the credential table, V10 not recorded.
            statement.execute("DROP TABLE credential_search");
            statement.execute("ALTER TABLE credential ADD COLUMN search_text VARCHAR(4000) DEFAULT '' NOT NULL");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'");
        }

        try (Database reopened = Database.openH2(folder);
                Connection connection = reopened.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_NAME = 'CREDENTIAL_SEARCH'")) {
            assertThat(reopened.migratedOnOpen()).isTrue();
            rs.next();
            assertThat(rs.getInt(1)).as("V10 ran again and made the table").isOne();
        }
        try (Database third = Database.openH2(folder)) {
            assertThat(third.migratedOnOpen()).isFalse();
        }
    }

    @Test
    void theShippedVersionsAreTheOnesFlywayFinds() {
        DataFolder folder = new DataFolder(dir);
        try (Database database = Database.openH2(folder)) {
            MigrationInfo[] all = Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:" + ShippedMigrations.FOLDER).load().info().all();
            Set<String> flyways = Arrays.stream(all).map(m -> ShippedMigrations.normalise(m.getVersion().getVersion()))
                    .collect(Collectors.toSet());

            assertThat(ShippedMigrations.versions()).contains(flyways);
        }
    }

    @Test
    void aHistoryWithAFailedOrUnknownRowIsLeftToFlyway() {
        Optional<Set<String>> shipped = Optional.of(Set.of("1", "3"));

        assertThat(new SchemaHistory(Set.of("1", "3"), true).recordsExactly(shipped)).isTrue();
        assertThat(new SchemaHistory(Set.of("1", "3"), false).recordsExactly(shipped)).isFalse();
        assertThat(new SchemaHistory(Set.of("1"), true).recordsExactly(shipped)).isFalse();
        assertThat(new SchemaHistory(Set.of("1", "3", "9"), true).recordsExactly(shipped)).isFalse();
        assertThat(new SchemaHistory(Set.of("1", "3"), true).recordsExactly(Optional.empty())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            7,     7
            1_2,   1.2
            1.2,   1.2
            01.002, 1.2
            2.0,   2
            10,    10
            """)
    void versionsAreComparedTheWayFlywayComparesThem(String written, String normal) {
        assertThat(ShippedMigrations.normalise(written)).isEqualTo(normal);
    }
}
