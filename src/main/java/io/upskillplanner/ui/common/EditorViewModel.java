package io.upskillplanner.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.upskillplanner.store.ConcurrentEditException;
import io.upskillplanner.ui.main.AppState;

/**
 * What every editor's view model shares: the form's errors and changes, and one save. A save runs
 * once however often it is asked for while it is under way (a double click on Save), never while
 * the form is invalid, and a failure stays in the form, a concurrent edit saying what to do. An
 * editor says only how to validate, what value the form makes, how to store it and what follows.
 */
public abstract class EditorViewModel<T> implements EditorModel<T> {

    protected final AppState state;
    private final FormErrors errors = new FormErrors();
    private final FormChanges changes = new FormChanges();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(false);

    protected EditorViewModel(AppState state) {
        this.state = state;
    }

    /** Checks every field and records what is wrong in {@link #errors()}. */
    protected abstract void validate();

    /** The value the valid form stands for; called on the UI thread. */
    protected abstract T formValue();

    /** Stores the value and returns it as stored; called on the database thread. */
    protected abstract T store(T value);

    /** What follows a save on the UI thread (status line, refreshes), before the dialog hears of it. */
    protected abstract void afterSave(T stored);

    @Override
    public final FormErrors errors() {
        return errors;
    }

    @Override
    public final FormChanges changes() {
        return changes;
    }

    @Override
    public final ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** True while a save is under way: Save does nothing more until it ends. */
    public final ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True after a save lost against someone else's change to the same record (shared server). */
    public final ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    @Override
    public final void save(Consumer<T> onSaved) {
        validate();
        if (!errors.isValid() || saving.get()) {
            return;
        }
        T value = formValue();
        saving.set(true);
        saveError.set("");
        conflict.set(false);
        state.tasks().run(() -> store(value), stored -> {
            saving.set(false);
            afterSave(stored);
            onSaved.accept(stored);
        }, error -> {
            saving.set(false);
            conflict.set(error instanceof ConcurrentEditException);
            saveError.set(AppState.errorMessage(error));
        });
    }
}
