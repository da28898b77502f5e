package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @Test
    void aTableThatHangsOffAProfileCannotBeAddedWithoutAPolicy() {
        Database database = testDatabase.open();
        // Foreign keys to a profile, or to anything that hangs off one, make a table private too.
        List<String[]> references = database.dsl().fetch("SELECT c.relname, p.relname FROM pg_constraint k"
                + " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid"
                + " WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace")
                .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)});
        Set<String> hangingOffAProfile = new HashSet<>(Set.of("profile"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String[] reference : references) {
                if (hangingOffAProfile.contains(reference[1]) && hangingOffAProfile.add(reference[0])) {
                    grew = true;
                }
            }
        }

        assertThat(hangingOffAProfile).containsExactlyInAnyOrderElementsOf(PRIVATE_TABLES);
    }
}
