package io.upskillplanner.ui.common;

import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Small bindings every screen writes alike: shown only with text, a pseudo-class that follows a flag, toggles for a choice. */
public final class NodeStates {

    private NodeStates() {
    }

    /** Shown, and taking room, only while it has text. */
    public static void showWhenText(Labeled label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shown, and taking room, only while {@code shown} holds. */
    public static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * The control and the property select the same item, whichever changes; a cleared control
     * selection keeps the property's item.
     */
    public static <T> void selectTogether(SelectionModel<T> selection, Property<T> selected) {
        selection.selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                selected.setValue(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            if (item != null && selection.getSelectedItem() != item) {
                selection.select(item);
            }
        });
    }

    /** Enter in the field or leaving it runs {@code commit}, as a text that saves when done does. */
    public static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    public static void markWhen(Node node, String pseudoClass, ObservableBooleanValue flag) {
        PseudoClass state = PseudoClass.getPseudoClass(pseudoClass);
        node.pseudoClassStateChanged(state, flag.get());
        flag.addListener((obs, was, is) -> node.pseudoClassStateChanged(state, is));
    }

    /**
     * A group of toggles, one per value, that shows {@code value} and tells {@code picked} what the
     * user chose; one toggle stays selected (clicking the selected one keeps it).
     */
    public static <E> void choose(ToggleGroup group, Map<Toggle, E> toggles, ObservableValue<E> value,
                                  Consumer<E> picked) {
        Consumer<E> show = v -> toggles.forEach((toggle, e) -> {
            if (e.equals(v)) {
                group.selectToggle(toggle);
            }
        });
        show.accept(value.getValue());
        value.addListener((obs, old, v) -> show.accept(v));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old);
            } else {
                picked.accept(toggles.get(toggle));
            }
        });
    }
}
