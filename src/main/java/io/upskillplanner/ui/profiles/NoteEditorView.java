package io.upskillplanner.ui.profiles;

import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.FormBinding;
import io.upskillplanner.ui.common.ViewLoader;

/** The session note form, shown in a dialog. */
public final class NoteEditorView {

    private final NoteEditorViewModel viewModel;

    @FXML private TextArea textArea;
    @FXML private Label textError;

    public NoteEditorView(NoteEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static void open(Node owner, NoteEditorViewModel viewModel, Consumer<SessionNote> onSaved) {
        NoteEditorView view = new NoteEditorView(viewModel);
        Dialogs.editor(owner, viewModel, ViewLoader.load(view), onSaved);
        view.textArea.requestFocus();
    }

    @FXML
    private void initialize() {
        FormBinding.text(textArea, viewModel.textProperty(), textError, viewModel.errors().of("text"));
    }
}
