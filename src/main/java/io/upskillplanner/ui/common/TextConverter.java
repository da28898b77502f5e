package io.upskillplanner.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** A converter for pickers that only show values: the text of a value, nothing read back. */
public final class TextConverter<T> extends StringConverter<T> {

    private final Function<T, String> text;

    public TextConverter(Function<T, String> text) {
        this.text = text;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
