package io.upskillplanner.ui.common;

import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Shows enum constants by their labels from the bundle (see {@link Formats#label(Enum)}). */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Class<E> type;

    public EnumConverter(Class<E> type) {
        this.type = type;
    }

    /** The box offers every constant by its label and selects what {@code value} holds, both ways. */
    public static <E extends Enum<E>> void bind(ComboBox<E> box, Class<E> type, Property<E> value) {
        box.getItems().addAll(type.getEnumConstants());
        box.setConverter(new EnumConverter<>(type));
        box.valueProperty().bindBidirectional(value);
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
