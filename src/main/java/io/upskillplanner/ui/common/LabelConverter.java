package io.upskillplanner.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows values of a choice box or combo box by a label; a choice is never typed back in. */
public final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> label;

    private LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    public static <T> LabelConverter<T> of(Function<T, String> label) {
        return new LabelConverter<>(label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
