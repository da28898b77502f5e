package io.upskillplanner.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

/**
 * Reads the object definitions of an H2 file straight from its MVStore, without H2's SQL engine,
 * and finds anything that is not plain data. H2 runs a trigger's Java source when it opens the
 * file, connects linked tables, and runs aliases and views when a query reaches them, so a
 * file from elsewhere is checked this way before H2 ever opens it (docs/decisions/0018).
 */
final class DatabaseObjectsCheck {

    /** H2's meta table: one row per object, with its type (org.h2.engine.DbObject) and its CREATE statement. */
    private static final String META_MAP = "table.0";
    private static final int TABLE_OR_VIEW = 0;
    private static final int INDEX = 1;
    private static final int USER = 2;
    private static final int SEQUENCE = 3;
    private static final int CONSTRAINT = 5;
    private static final int SETTING = 6;
    private static final int COMMENT = 13;
    private static final Map<Integer, String> KINDS = Map.ofEntries(Map.entry(4, "trigger"), Map.entry(7, "role"),
            Map.entry(8, "access right"), Map.entry(9, "Java function (alias)"), Map.entry(10, "schema"),
            Map.entry(11, "constant"), Map.entry(12, "domain"), Map.entry(14, "Java aggregate"),
            Map.entry(15, "synonym"));
    private static final Pattern PLAIN_TABLE = Pattern.compile("CREATE (?:CACHED|MEMORY) TABLE \"PUBLIC\"\\.\"([^\"]+)\"\\(.*",
            Pattern.DOTALL);
    /** Only numeric settings: the ones that take a name (a collation, a serializer class) are refused. */
    private static final Pattern NUMERIC_SETTING = Pattern.compile("SET [A-Z_]+ -?\\d+");
    private static final Pattern NAME = Pattern.compile("\"(?:[^\"]|\"\")+\"(?:\\.\"(?:[^\"]|\"\")+\")?");

    private DatabaseObjectsCheck() {
    }

    /**
     * The first object in the file that could run code, read files or reach elsewhere, described
     * for a user ("a trigger PUBLIC.AUDIT"); empty when the file holds only tables, indexes,
     * constraints, one user and numeric settings.
     *
     * @throws IllegalStateException when the file cannot be read as an H2 database at all
     */
    static Optional<String> firstUnsafeObject(Path mvDbFile) {
        int users = 0;
        try (MVStore store = new MVStore.Builder().fileName(mvDbFile.toString()).readOnly().open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            if (!store.hasMap(META_MAP)) {
                throw new IllegalStateException("it holds no H2 object definitions");
            }
            TransactionMap<Long, Row> meta = transactions.begin().openMap(META_MAP);
            for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext();) {
                Row row = meta.get(keys.next());
                int type = row.getValue(2).getInt();
                String sql = row.getValue(3).getString();
                Optional<String> unsafe = unsafe(type, sql);
                if (unsafe.isPresent()) {
                    return unsafe;
                }
                if (type == USER && ++users > 1) {
                    return Optional.of("a second database user " + name(sql));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            // MVStoreException, H2's DbException, or a row of the wrong shape: no database this app can read.
            throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static Optional<String> unsafe(int type, String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        switch (type) {
            case TABLE_OR_VIEW:
                Matcher table = PLAIN_TABLE.matcher(sql);
                if (!table.matches()) {
                    return Optional.of(upper.contains(" VIEW ") ? "a view " + name(sql)
                            : upper.contains(" LINKED TABLE ") ? "a linked table " + name(sql)
                            : "a table that is not plain data " + name(sql));
                }
                // A table engine is a Java class H2 instantiates on open.
                return sql.matches("(?s).*\\)\\s*ENGINE\\s.*") ? Optional.of("a table with its own engine " + name(sql))
                        : Optional.empty();
            case INDEX:
                return upper.startsWith("CREATE ") && upper.contains(" INDEX ") || upper.startsWith("CREATE PRIMARY KEY ")
                        ? Optional.empty() : Optional.of("an index that is not plain " + name(sql));
            case CONSTRAINT:
                return upper.startsWith("ALTER TABLE ") ? Optional.empty() : Optional.of("a constraint " + name(sql));
            case USER:
                return upper.startsWith("CREATE USER ") ? Optional.empty() : Optional.of("a user " + name(sql));
            case SEQUENCE:
                return upper.startsWith("CREATE SEQUENCE ") ? Optional.empty() : Optional.of("a sequence " + name(sql));
            case COMMENT:
                return upper.startsWith("COMMENT ON ") ? Optional.empty() : Optional.of("a comment " + name(sql));
            case SETTING:
                return NUMERIC_SETTING.matcher(sql.strip()).matches() ? Optional.empty()
                        : Optional.of("a database setting " + sql.strip().split("\\s+", 3)[sql.startsWith("SET ") ? 1 : 0]);
            default:
                return Optional.of("a " + KINDS.getOrDefault(type, "database object of type " + type) + " " + name(sql));
        }
    }

    /** The object's quoted name in its CREATE statement, for the message; never its body. */
    static String name(String sql) {
        Matcher m = NAME.matcher(sql);
        return m.find() ? m.group().replace("\"", "") : "";
    }
}
