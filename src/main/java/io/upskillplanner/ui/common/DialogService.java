package io.upskillplanner.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;

/**
 * Everything a view model asks the user, without a node: confirmations, errors with their details,
 * files to open or save, a choice, and progress. The app answers with JavaFX dialogs over its window
 * ({@link FxDialogService}); tests answer in code, without a toolkit. Nothing else opens an
 * {@code Alert} or a {@code FileChooser} (an architecture test keeps it so).
 */
public interface DialogService {

    /** A kind of file a chooser offers: what users read, and the name patterns ({@code *.pdf}). */
    record FileType(String description, List<String> patterns) {

        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }

    /**
     * Opens the form of an editor, without blocking; once the editor has saved, the form closes and
     * {@code onSaved} gets what was stored. Closing it unsaved asks first when something was changed.
     */
    <T> void edit(EditorModel<T> editor, Consumer<T> onSaved);

    /** Asks before something that matters, without blocking; {@code onYes} runs only when the user agrees. */
    void confirm(String title, String text, String yesLabel, Runnable onYes);

    /** Asks OK or Cancel and waits for the answer; true on OK. */
    boolean ask(String title, String question);

    /** Says something went wrong, with details a user may copy into a report (or none). */
    void showError(String title, String header, String text, Optional<String> details);

    void showInformation(String title, String header, String text);

    /** The files the user picked to open, or none when they cancelled. */
    List<Path> openFiles(String title, List<FileType> types);

    /** Where the user chose to save, or empty when they cancelled. */
    Optional<Path> saveFile(String title, String suggestedName, Optional<Path> folder, List<FileType> types);

    /**
     * One of several answers, waiting for it: {@code preferred} is the default button, {@code cancel}
     * the answer for Esc and closing the window. {@code id} names the dialog for tests and screen readers.
     */
    <C> C choose(String id, String title, String text, List<C> choices, Function<C, String> label, C preferred,
            C cancel);

    /** Shows the progress of long work (0 to 1, or negative while unknown) until the handle is closed. */
    Progress showProgress(String title, ObservableValue<? extends Number> progress, Runnable cancel);

    /** An open progress dialog. */
    interface Progress extends AutoCloseable {
        @Override
        void close();
    }
}
