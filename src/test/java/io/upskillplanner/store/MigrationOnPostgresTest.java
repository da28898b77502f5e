package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationOnPostgresTest extends MigrationTest {

    private static final List<String> PRIVATE_TABLES = List.of("profile", "profile_weight", "session_note", "goal",
            "goal_skill", "candidate", "earned_badge", "earned_badge_skill");

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }

    @Test
    void everyTableHoldingAClientsDataIsGuardedByRowLevelSecurityAndTheCatalogIsNot() {
        Database database = testDatabase.open();

        List<String> guarded = database.dsl().fetch("SELECT relname FROM pg_class WHERE relrowsecurity"
                + " AND relforcerowsecurity AND relnamespace = 'public'::regnamespace").getValues(0, String.class);
        assertThat(guarded).containsExactlyInAnyOrderElementsOf(PRIVATE_TABLES);
        assertThat(database.shared()).isTrue();
    }
}
