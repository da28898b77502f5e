package io.upskillplanner.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;

/** What an editor dialog needs of its view model: a title, validation, and a save that reports back. */
public interface EditorModel<T> {

    String title();

    FormErrors errors();

    /** Why the last save failed, or empty. */
    ReadOnlyStringProperty saveErrorProperty();

    /** Saves off the UI thread and hands the stored value to {@code onSaved} on it. */
    void save(Consumer<T> onSaved);
}
