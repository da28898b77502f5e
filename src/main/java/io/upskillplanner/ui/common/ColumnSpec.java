package io.upskillplanner.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one table column shows, apart from the table: its header's bundle key, its width, whether
 * it is shown at first, the text of a cell and, for a yes/no column, which rows read as bad. View
 * models hold these, so that every cell's text is tested without a toolkit.
 *
 * @param negative rows whose cell is marked as bad (a "no" that matters), or null for none
 */
public record ColumnSpec<T>(String key, double width, boolean shown, Function<T, String> text, Predicate<T> negative) {

    public static <T> ColumnSpec<T> of(String key, double width, boolean shown, Function<T, String> text) {
        return new ColumnSpec<>(key, width, shown, text, null);
    }

    /** A column of the key's width and header that is there from the start (a screen's FXML sets both). */
    public static <T> ColumnSpec<T> of(String key, Function<T, String> text) {
        return of(key, 0, true, text);
    }

    /** "Yes" or "no" (from {@code yesKey} and {@code noKey}), a "no" marked as bad. */
    public static <T> ColumnSpec<T> flag(String key, Predicate<T> yes, String yesKey, String noKey) {
        return new ColumnSpec<>(key, 0, true, row -> Messages.get(yes.test(row) ? yesKey : noKey), yes.negate());
    }

    /** The cell's text; a row without a value (null) reads as empty. */
    public String textOf(T row) {
        String value = row == null ? null : text.apply(row);
        return value == null ? "" : value;
    }

    public boolean isNegative(T row) {
        return negative != null && row != null && negative.test(row);
    }
}
