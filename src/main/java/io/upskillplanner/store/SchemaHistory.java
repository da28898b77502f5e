package io.upskillplanner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What Flyway's schema history table says was applied: the versions of the migrations that
 * succeeded, and whether any row is something else (a failed migration, a repeatable one, a
 * baseline), which only Flyway itself can judge.
 */
record SchemaHistory(Set<String> appliedVersions, boolean onlySuccessfulVersionedRows) {

    static SchemaHistory read(Statement statement) throws SQLException {
        Set<String> applied = new HashSet<>();
        boolean plain = true;
        try (ResultSet rs = statement.executeQuery(
                "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(2);
                if ("TABLE".equals(type) && version == null) {
                    // Flyway's own marker for creating the history table.
                    continue;
                }
                if (version == null || !rs.getBoolean(3) || !"SQL".equals(type)) {
                    plain = false;
                } else {
                    applied.add(ShippedMigrations.normalise(version));
                }
            }
        }
        return new SchemaHistory(Set.copyOf(applied), plain);
    }

    /** Whether the database has exactly the shipped migrations applied, and nothing Flyway would need to look at. */
    boolean recordsExactly(Optional<Set<String>> shipped) {
        return onlySuccessfulVersionedRows && shipped.isPresent() && shipped.get().equals(appliedVersions);
    }
}
