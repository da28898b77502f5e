package io.upskillplanner.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.upskillplanner.domain.ErrorText;

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
    /** The other object types (org.h2.engine.DbObject), each an error key that names one such object. */
    private static final Map<Integer, String> KINDS = Map.ofEntries(Map.entry(4, "error.object.trigger"),
            Map.entry(7, "error.object.role"), Map.entry(8, "error.object.accessRight"),
            Map.entry(9, "error.object.function"), Map.entry(10, "error.object.schema"),
            Map.entry(11, "error.object.constant"), Map.entry(12, "error.object.domain"),
            Map.entry(14, "error.object.aggregate"), Map.entry(15, "error.object.synonym"));
    private static final Pattern PLAIN_TABLE = Pattern.compile("CREATE (?:CACHED|MEMORY) TABLE \"PUBLIC\"\\.\"([^\"]+)\"\\(.*",
            Pattern.DOTALL);
    /** Only numeric settings: the ones that take a name (a collation, a serializer class) are refused. */
    private static final Pattern NUMERIC_SETTING = Pattern.compile("SET [A-Z_]+ -?\\d+");
    private static final Pattern NAME = Pattern.compile("\"(?:[^\"]|\"\")+\"(?:\\.\"(?:[^\"]|\"\")+\")?");

    private DatabaseObjectsCheck() {
    }

    /** The file cannot be read as an H2 database at all. */
    static final class UnreadableException extends IllegalStateException {

        /** An {@link ErrorText}, or the words of H2 itself. */
        private final transient Object reason;

        UnreadableException(Object reason, Throwable cause) {
            super(String.valueOf(reason), cause);
            this.reason = reason;
        }

        /** Why, as an argument of an error text: put into words when that text is. */
        Object reason() {
            return reason;
        }
    }

    /**
     * The first object in the file that could run code, read files or reach elsewhere, described
     * for a user ("a trigger PUBLIC.AUDIT"); empty when the file holds only tables, indexes,
     * constraints, one user and numeric settings.
     *
     * @throws UnreadableException when the file cannot be read as an H2 database at all
     */
    static Optional<ErrorText> firstUnsafeObject(Path mvDbFile) {
        int users = 0;
        try (MVStore store = new MVStore.Builder().fileName(mvDbFile.toString()).readOnly().open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            if (!store.hasMap(META_MAP)) {
                throw new UnreadableException(ErrorText.of("error.object.noDefinitions"), null);
            }
            TransactionMap<Long, Row> meta = transactions.begin().openMap(META_MAP);
            for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext();) {
                Row row = meta.get(keys.next());
                int type = row.getValue(2).getInt();
                String sql = row.getValue(3).getString();
                Optional<ErrorText> unsafe = unsafe(type, sql);
                if (unsafe.isPresent()) {
                    return unsafe;
                }
                if (type == USER && ++users > 1) {
                    return Optional.of(ErrorText.of("error.object.secondUser", name(sql)));
                }
            }
            return Optional.empty();
        } catch (UnreadableException e) {
            throw e;
        } catch (RuntimeException e) {
            // MVStoreException, H2's DbException, or a row of the wrong shape: no database this app can read.
            throw new UnreadableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static Optional<ErrorText> unsafe(int type, String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        switch (type) {
            case TABLE_OR_VIEW:
                Matcher table = PLAIN_TABLE.matcher(sql);
                if (!table.matches()) {
                    return object(upper.contains(" VIEW ") ? "error.object.view"
                            : upper.contains(" LINKED TABLE ") ? "error.object.linkedTable"
                            : "error.object.notPlainTable", sql);
                }
                // A table engine is a Java class H2 instantiates on open.
                return sql.matches("(?s).*\\)\\s*ENGINE\\s.*") ? object("error.object.tableEngine", sql)
                        : Optional.empty();
            case INDEX:
                return upper.startsWith("CREATE ") && upper.contains(" INDEX ") || upper.startsWith("CREATE PRIMARY KEY ")
                        ? Optional.empty() : object("error.object.notPlainIndex", sql);
            case CONSTRAINT:
                return upper.startsWith("ALTER TABLE ") ? Optional.empty() : object("error.object.constraint", sql);
            case USER:
                return upper.startsWith("CREATE USER ") ? Optional.empty() : object("error.object.user", sql);
            case SEQUENCE:
                return upper.startsWith("CREATE SEQUENCE ") ? Optional.empty() : object("error.object.sequence", sql);
            case COMMENT:
                return upper.startsWith("COMMENT ON ") ? Optional.empty() : object("error.object.comment", sql);
            case SETTING:
                return NUMERIC_SETTING.matcher(sql.strip()).matches() ? Optional.empty()
                        : Optional.of(ErrorText.of("error.object.setting",
                                sql.strip().split("\\s+", 3)[sql.startsWith("SET ") ? 1 : 0]));
            default:
                return KINDS.containsKey(type) ? object(KINDS.get(type), sql)
                        : Optional.of(ErrorText.of("error.object.ofType", type, name(sql)));
        }
    }

    /** One object of a kind, by the name in its CREATE statement. */
    private static Optional<ErrorText> object(String key, String sql) {
        return Optional.of(ErrorText.of(key, name(sql)));
    }

    /** The object's quoted name in its CREATE statement, for the message; never its body. */
    static String name(String sql) {
        Matcher m = NAME.matcher(sql);
        return m.find() ? m.group().replace("\"", "") : "";
    }
}
