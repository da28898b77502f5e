package io.upskillplanner.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;

/** What an editor dialog needs of its view model: a title, validation, changes, and a save that reports back. */
public interface EditorModel<T> {

    String title();

    FormErrors errors();

    /** What the user changed since the form opened. */
    FormChanges changes();

    /** Why the last save failed, or empty. */
    ReadOnlyStringProperty saveErrorProperty();

    /** Saves off the UI thread and hands the stored value to {@code onSaved} on it. */
    void save(Consumer<T> onSaved);

    /**
     * Closing without saving (Esc, Cancel, the window's close button): an unchanged form closes at
     * once; a changed one closes only if the user agrees to discard, which {@code askToDiscard} asks
     * and answers by running the action it is given.
     */
    default void closeWithoutSaving(Runnable close, Consumer<Runnable> askToDiscard) {
        if (changes().isChanged()) {
            askToDiscard.accept(close);
        } else {
            close.run();
        }
    }
}
