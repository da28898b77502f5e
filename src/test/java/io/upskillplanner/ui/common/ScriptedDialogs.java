package io.upskillplanner.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;

/**
 * The user, in code: a dialog service for view-model tests, without a toolkit. It keeps the
 * editors it was asked to open (with what should happen once each saves) and the questions it was
 * asked, and answers questions with {@link #answerYes}. Whatever a test did not script fails loudly.
 */
public final class ScriptedDialogs implements DialogService {

    /** An editor a view model asked to open, and what it wants done with the saved value. */
    public record Opened<T>(EditorModel<T> editor, Consumer<T> onSaved) {

        /** Saves as the Save button does: the editor saves, then the view model's follow-up runs. */
        public void save() {
            editor.save(onSaved);
        }
    }

    private final List<Opened<?>> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Optional<Path>> saveAnswers = new ArrayList<>();
    private final List<Optional<Path>> saveFolders = new ArrayList<>();
    private boolean answerYes = true;

    public ScriptedDialogs answerYes(boolean yes) {
        this.answerYes = yes;
        return this;
    }

    /** The next save chooser answers {@code file}; {@code null} answers as Cancel does. */
    public ScriptedDialogs saveAs(Path file) {
        saveAnswers.add(Optional.ofNullable(file));
        return this;
    }

    /** The folders the save choosers opened in, in order. */
    public List<Optional<Path>> saveFolders() {
        return saveFolders;
    }

    public List<Opened<?>> opened() {
        return opened;
    }

    /** The last editor opened, as the type the test expects. */
    @SuppressWarnings("unchecked")
    public <T, E extends EditorModel<T>> Opened<T> last(Class<E> type) {
        if (opened.isEmpty()) {
            throw new AssertionError("No editor was opened");
        }
        Opened<?> last = opened.get(opened.size() - 1);
        if (!type.isInstance(last.editor())) {
            throw new AssertionError("The last editor is a " + last.editor().getClass().getSimpleName());
        }
        return (Opened<T>) last;
    }

    /** The titles of the confirmations and questions asked, in order. */
    public List<String> asked() {
        return asked;
    }

    @Override
    public <T> void edit(EditorModel<T> editor, Consumer<T> onSaved) {
        opened.add(new Opened<>(editor, onSaved));
    }

    @Override
    public void confirm(String title, String text, String yesLabel, Runnable onYes) {
        asked.add(title);
        if (answerYes) {
            onYes.run();
        }
    }

    @Override
    public boolean ask(String title, String question) {
        asked.add(title);
        return answerYes;
    }

    @Override
    public void showError(String title, String header, String text, Optional<String> details) {
        throw new AssertionError("Unexpected error dialog: " + header + ": " + text);
    }

    @Override
    public void showInformation(String title, String header, String text) {
        asked.add(title);
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        throw new AssertionError("Unscripted file chooser: " + title);
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, Optional<Path> folder, List<FileType> types) {
        if (saveAnswers.isEmpty()) {
            throw new AssertionError("Unscripted file chooser: " + title);
        }
        saveFolders.add(folder);
        return saveAnswers.remove(0);
    }

    @Override
    public <C> C choose(String id, String title, String text, List<C> choices, Function<C, String> label,
            C preferred, C cancel) {
        asked.add(title);
        return answerYes ? preferred : cancel;
    }

    @Override
    public Progress showProgress(String title, ObservableValue<? extends Number> progress, Runnable cancel) {
        return () -> { };
    }
}
