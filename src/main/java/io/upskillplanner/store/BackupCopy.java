package io.upskillplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores a backup as data: the backup's database is checked for anything but plain data before
 * H2 opens it, opened read-only, and its rows are copied table by table, column by column, into a
 * fresh database that this app's own migrations built. Nothing of the backup but its values
 * reaches the database the app will use (docs/decisions/0018).
 */
final class BackupCopy {

    static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private BackupCopy() {
    }

    /**
     * Copies the backup database {@code backupBase} (no {@code .mv.db} ending) into a new database
     * at {@code freshBase} and migrates it to the current schema; returns its number of profiles.
     */
    static int copy(Path backupBase, Path freshBase, String source, CancelFlag cancel) {
        Path backupFile = Path.of(backupBase + ".mv.db");
        Optional<ErrorText> unsafe;
        try {
            unsafe = DatabaseObjectsCheck.firstUnsafeObject(backupFile);
        } catch (DatabaseObjectsCheck.UnreadableException e) {
            throw new InputRejectedException(source, null, ErrorText.of("error.backup.databaseUnreadable", e.reason()), e);
        }
        unsafe.ifPresent(object -> {
            throw new InputRejectedException(source, null, ErrorText.of("error.backup.unsafeObject", object));
        });
        // IFEXISTS: never create; ACCESS_MODE_DATA=r: never write; no INIT and no other setting from outside.
        String backupUrl = "jdbc:h2:file:" + backupBase + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE";
        String freshUrl = "jdbc:h2:file:" + freshBase + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection from = DriverManager.getConnection(backupUrl, "sa", "")) {
            requireOnlyData(from, source);
            MigrationVersion version = schemaVersion(from, source);
            requireKnown(version, source);
            flyway(freshUrl).target(version).load().migrate();
            int profiles;
            try (Connection to = DriverManager.getConnection(freshUrl, "sa", "")) {
                to.setAutoCommit(false);
                profiles = copyRows(from, to, source, cancel);
                to.commit();
            }
            flyway(freshUrl).load().migrate();
            try (Connection to = DriverManager.getConnection(freshUrl, "sa", "");
                    Statement statement = to.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            return profiles;
        } catch (SQLException e) {
            throw new InputRejectedException(source, null,
                    ErrorText.of("error.backup.cannotCopy", Database.rootMessage(e)), e);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).loggers("slf4j");
    }

    /** The same check once more through H2's own catalog: a second lock on the same door. */
    private static void requireOnlyData(Connection from, String source) throws SQLException {
        String[][] checks = {
            {"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE <> 'BASE TABLE' "
                    + "AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'", "error.backup.object.view"},
            {"SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS", "error.backup.object.trigger"},
            {"SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'",
                "error.backup.object.function"},
            {"SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME NOT IN ('PUBLIC', 'INFORMATION_SCHEMA')",
                "error.backup.object.schema"},
        };
        try (Statement statement = from.createStatement()) {
            for (String[] check : checks) {
                try (ResultSet rs = statement.executeQuery(check[0])) {
                    if (rs.next()) {
                        throw new InputRejectedException(source, null, ErrorText.of("error.backup.holdsObject",
                                ErrorText.of(check[1]), rs.getString(1)));
                    }
                }
            }
        }
    }

    private static MigrationVersion schemaVersion(Connection from, String source) throws SQLException {
        try (Statement statement = from.createStatement();
                ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + HISTORY + "'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                throw new InputRejectedException(source, null, ErrorText.of("error.backup.noData"));
            }
        }
        MigrationVersion newest = null;
        try (Statement statement = from.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"")) {
            while (rs.next()) {
                String text = rs.getString(1);
                if (text == null) {
                    continue;
                }
                if (!rs.getBoolean(2)) {
                    throw new InputRejectedException(source, ErrorText.of("error.place.table", HISTORY),
                            ErrorText.of("error.backup.failedUpgrade", text));
                }
                MigrationVersion version;
                try {
                    version = MigrationVersion.fromVersion(text);
                } catch (RuntimeException e) {
                    throw new InputRejectedException(source, ErrorText.of("error.place.table", HISTORY),
                            ErrorText.of("error.backup.badVersion", text.strip()), e);
                }
                newest = newest == null || version.isNewerThan(newest) ? version : newest;
            }
        }
        if (newest == null) {
            throw new InputRejectedException(source, ErrorText.of("error.place.table", HISTORY), ErrorText.of("error.backup.noVersion"));
        }
        return newest;
    }

    /** A newer backup is refused before anything is copied: this version cannot know what its tables mean. */
    private static void requireKnown(MigrationVersion version, String source) {
        List<MigrationVersion> known = new ArrayList<>();
        // Resolved against an empty in-memory database: every migration this version of the app has.
        for (MigrationInfo info : flyway("jdbc:h2:mem:").load().info().all()) {
            if (info.getVersion() != null) {
                known.add(info.getVersion());
            }
        }
        MigrationVersion newestKnown = known.stream().max(MigrationVersion::compareTo).orElseThrow();
        if (version.isNewerThan(newestKnown)) {
            throw new InputRejectedException(source, ErrorText.of("error.place.table", HISTORY),
                    ErrorText.of("error.backup.newer", version, newestKnown));
        }
        if (!known.contains(version)) {
            throw new InputRejectedException(source, ErrorText.of("error.place.table", HISTORY),
                    ErrorText.of("error.backup.unknownVersion", version));
        }
    }

    private static int copyRows(Connection from, Connection to, String source, CancelFlag cancel) throws SQLException {
        Map<String, Map<String, String>> ours = columns(to);
        Map<String, Map<String, String>> theirs = columns(from);
        for (String table : theirs.keySet()) {
            if (!ours.containsKey(table)) {
                throw new InputRejectedException(source, ErrorText.of("error.place.table", table),
                        ErrorText.of("error.backup.foreignTable"));
            }
        }
        int profiles = 0;
        for (String table : parentsFirst(to, ours.keySet())) {
            cancel.throwIfCancelled();
            if (table.equals(HISTORY)) {
                continue;
            }
            Map<String, String> columns = ours.get(table);
            Map<String, String> backupColumns = theirs.getOrDefault(table, Map.of());
            if (!backupColumns.equals(columns)) {
                throw new InputRejectedException(source, ErrorText.of("error.place.table", table),
                        ErrorText.of("error.backup.foreignColumns"));
            }
            int rows = copyTable(from, to, table, List.copyOf(columns.entrySet()), cancel);
            if (table.equals("PROFILE")) {
                profiles = rows;
            }
        }
        return profiles;
    }

    private static int copyTable(Connection from, Connection to, String table, List<Map.Entry<String, String>> columns,
            CancelFlag cancel) throws SQLException {
        String names = columns.stream().map(c -> quote(c.getKey())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        int rows = 0;
        try (Statement select = from.createStatement();
                ResultSet rs = select.executeQuery("SELECT " + names + " FROM \"PUBLIC\"." + quote(table));
                PreparedStatement insert = to.prepareStatement(
                        "INSERT INTO \"PUBLIC\"." + quote(table) + " (" + names + ") VALUES (" + marks + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    String type = columns.get(i - 1).getValue();
                    // Large objects go by value: a LOB handle of one database means nothing in the other.
                    if (type.equals("CHARACTER LARGE OBJECT")) {
                        insert.setString(i, rs.getString(i));
                    } else if (type.equals("BINARY LARGE OBJECT")) {
                        insert.setBytes(i, rs.getBytes(i));
                    } else {
                        insert.setObject(i, rs.getObject(i));
                    }
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    cancel.throwIfCancelled();
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Table name → (column name → data type), in column order, of the PUBLIC schema. */
    private static Map<String, Map<String, String>> columns(Connection connection) throws SQLException {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM "
                        + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return tables;
    }

    /** The tables in an order where every referenced table comes before the tables that refer to it. */
    private static List<String> parentsFirst(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT child.TABLE_NAME, parent.TABLE_NAME "
                        + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                        + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS child ON child.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA "
                        + "AND child.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                        + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS parent ON parent.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                        + "AND parent.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME WHERE child.TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String table : tables) {
            Deque<String> path = new ArrayDeque<>();
            place(table, parents, placed, ordered, path);
        }
        return ordered;
    }

    private static void place(String table, Map<String, Set<String>> parents, Set<String> placed, List<String> ordered,
            Deque<String> path) {
        if (placed.contains(table) || path.contains(table)) {
            return;
        }
        path.push(table);
        for (String parent : parents.getOrDefault(table, Set.of())) {
            place(parent, parents, placed, ordered, path);
        }
        path.pop();
        placed.add(table);
        ordered.add(table);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
