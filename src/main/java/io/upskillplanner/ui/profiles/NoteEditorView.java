package io.upskillplanner.ui.profiles;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import io.upskillplanner.ui.common.EditorForms;
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

    /** The loaded form, its first field to take the focus. */
    public EditorForms.Form form() {
        Parent root = ViewLoader.load(this);
        return new EditorForms.Form(root, textArea);
    }

    @FXML
    private void initialize() {
        FormBinding.text(textArea, viewModel.textProperty(), textError, viewModel.errors().of("text"));
    }
}
