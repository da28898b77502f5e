package io.upskillplanner.ui.common;

import javafx.util.StringConverter;

/** Shows enum constants by their labels from the bundle (see {@link Formats#label(Enum)}). */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Class<E> type;

    public EnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String toString(E value) {
        return Formats.label(value);
    }

    @Override
    public E fromString(String text) {
        for (E value : type.getEnumConstants()) {
            if (Formats.label(value).equals(text)) {
                return value;
            }
        }
        return null;
    }
}
