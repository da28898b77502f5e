package io.upskillplanner.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * Whether a form holds changes the user would lose by closing it: each tracked field is compared
 * with the value it had when the form opened, so typing a letter and deleting it again is no change.
 * An empty text and no value count as the same, since a cleared field shows no difference.
 */
public final class FormChanges {

    private final Map<ObservableValue<?>, Object> values = new LinkedHashMap<>();
    private final Map<ObservableList<?>, List<?>> lists = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);

    /** Tracks fields from their current values on. */
    public FormChanges track(ObservableValue<?>... fields) {
        for (ObservableValue<?> field : fields) {
            values.put(field, normal(field.getValue()));
            field.addListener(o -> update());
        }
        update();
        return this;
    }

    /** Tracks a list from its current items on; a change of order is a change. */
    public FormChanges trackList(ObservableList<?> list) {
        lists.put(list, new ArrayList<>(list));
        list.addListener((InvalidationListener) o -> update());
        update();
        return this;
    }

    /**
     * A field whose value arrived from the database after the form opened (a provider list, say):
     * that value is its starting point, not a change by the user.
     */
    public void loaded(ObservableValue<?> field) {
        if (values.containsKey(field)) {
            values.put(field, normal(field.getValue()));
            update();
        }
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public boolean isChanged() {
        return changed.get();
    }

    private void update() {
        boolean any = values.entrySet().stream().anyMatch(e -> !Objects.equals(e.getValue(), normal(e.getKey().getValue())))
                || lists.entrySet().stream().anyMatch(e -> !e.getValue().equals(e.getKey()));
        changed.set(any);
    }

    private static Object normal(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }
}
