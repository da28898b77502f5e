package io.upskillplanner.ui.common;

import java.util.function.Function;

import javafx.scene.control.ListCell;

/** A list or picker cell that shows a value's text, and {@code none} where there is no value. */
public final class TextCell<T> extends ListCell<T> {

    private final Function<T, String> text;
    private final String none;

    public TextCell(Function<T, String> text, String none) {
        this.text = text;
        this.none = none;
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty || value == null ? none : text.apply(value));
    }
}
