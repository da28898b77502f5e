package io.upskillplanner.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the running app, over the window {@code owner} names at the time of asking. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final EditorForms forms;

    /** Dialogs that open no editor forms (startup, failures, a chart's export). */
    public FxDialogService(Supplier<Window> owner) {
        this(owner, new EditorForms());
    }

    public FxDialogService(Supplier<Window> owner, EditorForms forms) {
        this.owner = owner;
        this.forms = forms;
    }

    /** Dialogs over the window that shows {@code node}, whichever that is when they open. */
    public static FxDialogService over(Node node) {
        return over(node, new EditorForms());
    }

    /** The same, opening the registered forms for editors. */
    public static FxDialogService over(Node node, EditorForms forms) {
        return new FxDialogService(() -> node.getScene() == null ? null : node.getScene().getWindow(), forms);
    }

    /**
     * An editor opens over the window the user is in: the main window, or the editor a second
     * editor (a new provider from the credential form) was asked for from.
     */
    @Override
    public <T> void edit(EditorModel<T> editor, Consumer<T> onSaved) {
        EditorForms.Form form = forms.formFor(editor);
        Window over = Window.getWindows().stream().filter(w -> w.isShowing() && w.isFocused()).findFirst()
                .orElseGet(owner);
        Dialogs.editor(over, editor, form.root(), onSaved);
        form.first().requestFocus();
    }

    @Override
    public void confirm(String title, String text, String yesLabel, Runnable onYes) {
        Dialogs.confirm(owner.get(), title, text, yesLabel, onYes);
    }

    @Override
    public boolean ask(String title, String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, title, question, ButtonType.OK, ButtonType.CANCEL);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void showError(String title, String header, String text, Optional<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, text);
        details.ifPresent(more -> {
            TextArea area = new TextArea(more);
            area.setEditable(false);
            area.setWrapText(true);
            alert.getDialogPane().setExpandableContent(area);
        });
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        alert(Alert.AlertType.INFORMATION, title, header, text).showAndWait();
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        List<File> files = chooser(title, types).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, Optional<Path> folder, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        folder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public <C> C choose(String id, String title, String text, List<C> choices, Function<C, String> label,
            C preferred, C cancel) {
        Map<ButtonType, C> answers = new LinkedHashMap<>();
        for (C choice : choices) {
            ButtonBar.ButtonData data = choice.equals(cancel) ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : choice.equals(preferred) ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            answers.put(new ButtonType(label.apply(choice), data), choice);
        }
        Alert alert = alert(Alert.AlertType.WARNING, title, title, text, answers.keySet().toArray(ButtonType[]::new));
        alert.getDialogPane().setId(id);
        return alert.showAndWait().map(answers::get).orElse(cancel);
    }

    @Override
    public Progress showProgress(String title, ObservableValue<? extends Number> progress, Runnable cancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(progress);
        dialog.getDialogPane().setContent(bar);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.setOnCloseRequest(event -> {
            if (!bar.progressProperty().isBound()) {
                return;
            }
            cancel.run();
        });
        Dialogs.keepInView(dialog);
        Dialogs.showFocused(dialog);
        return () -> {
            bar.progressProperty().unbind();
            dialog.setResult(ButtonType.CLOSE);
            dialog.close();
        };
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        Dialogs.keepInView(alert);
        return alert;
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(type -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(type.description(), type.patterns())));
        return chooser;
    }
}
