package io.upskillplanner.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.controlsfx.control.CheckComboBox;

/**
 * Keeps a ControlsFX {@link CheckComboBox} and a view model in step: the box shows the model's
 * items with the ones it wants checked, and only what the user checks reaches the model, never the
 * box's own echo of a model change.
 */
public final class CheckModelBinding<T> {

    private final CheckComboBox<T> box;
    private final ObservableList<T> items;
    private final Predicate<T> wanted;
    private boolean syncing;

    private CheckModelBinding(CheckComboBox<T> box, ObservableList<T> items, Predicate<T> wanted) {
        this.box = box;
        this.items = items;
        this.wanted = wanted;
    }

    /**
     * @param wanted   whether the model has an item checked, asked again whenever {@code items} or one of {@code changes} change
     * @param picked   gets all that is checked after each user's check or uncheck
     */
    public static <T> CheckModelBinding<T> bind(CheckComboBox<T> box, ObservableList<T> items, Predicate<T> wanted,
                                                Consumer<List<T>> picked, Observable... changes) {
        CheckModelBinding<T> binding = new CheckModelBinding<>(box, items, wanted);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!binding.syncing) {
                picked.accept(List.copyOf(box.getCheckModel().getCheckedItems()));
            }
        });
        items.addListener((Observable o) -> binding.sync());
        for (Observable change : changes) {
            change.addListener(o -> binding.sync());
        }
        binding.sync();
        return binding;
    }

    /** A model that keeps the checked items as a list of its own. */
    public static <T> CheckModelBinding<T> bind(CheckComboBox<T> box, ObservableList<T> items, ObservableList<T> checked) {
        return bind(box, items, checked::contains, list -> {
            if (!list.equals(checked)) {
                checked.setAll(list);
            }
        }, checked);
    }

    /** Shows the model's items and checks: one by one, since ControlsFX's clearChecks() fails right after the items change. */
    public void sync() {
        syncing = true;
        try {
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
            }
            var checks = box.getCheckModel();
            for (T item : box.getItems()) {
                boolean want = wanted.test(item);
                if (want && !checks.isChecked(item)) {
                    checks.check(item);
                } else if (!want && checks.isChecked(item)) {
                    checks.clearCheck(item);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
