package io.upskillplanner.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The validation messages of one form, by field: an empty message means the field is fine. A form
 * is valid when every field is; editors save nothing while it is not.
 */
public final class FormErrors {

    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    /** The message shown next to a field; empty when the field is valid. */
    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    /** Sets a field's message from a message key with arguments, or clears it when the key is null. */
    public void set(String field, String messageKey, Object... args) {
        wrapper(field).set(messageKey == null ? "" : Messages.get(messageKey, args));
        valid.set(errors.values().stream().allMatch(e -> e.get().isEmpty()));
    }

    public String message(String field) {
        return wrapper(field).get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The fields that have a message, in the order they were first seen. */
    public Map<String, String> current() {
        Map<String, String> current = new LinkedHashMap<>();
        errors.forEach((field, error) -> {
            if (!error.get().isEmpty()) {
                current.put(field, error.get());
            }
        });
        return current;
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }
}
