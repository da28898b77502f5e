package io.upskillplanner.ui.imports;

import java.io.File;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.TransferMode;

import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.Messages;

/** The window's side of an import: files dropped on it, the preview to confirm, and a refusal. */
public final class ImportFlow {

    private ImportFlow() {
    }

    public static void attach(Node window, ImportViewModel imports, DialogService dialogs) {
        imports.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == ImportViewModel.Phase.PREVIEW) {
                showPreview(window, imports);
            } else if (phase == ImportViewModel.Phase.FAILED) {
                imports.reportFailure(dialogs);
            }
        });
        window.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        window.setOnDragDropped(event -> {
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                imports.check(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private static void showPreview(Node owner, ImportViewModel imports) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(Messages.get("import.previewTitle"));
        ButtonType importButton = new ButtonType(Messages.get("import.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(Dialogs.scrolling(new ImportDialogView(imports).load()));
        dialog.setResizable(true);
        Dialogs.keepInView(dialog);
        if (dialog.showAndWait().filter(importButton::equals).isPresent()) {
            imports.confirm();
        } else {
            imports.cancel();
        }
    }
}
