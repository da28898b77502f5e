package io.upskillplanner.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The app's dialogs: editors that save before they close and stay open with a message when saving
 * fails, and confirmations. They open without blocking, so background work keeps flowing.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** Shows an editor's form; once its view model has saved, the dialog closes and {@code onSaved} gets the result. */
    public static <T> Dialog<ButtonType> editor(Node owner, EditorModel<T> model, Parent form, Consumer<T> onSaved) {
        return editor(owner, model.title(), form, model.errors().validProperty(), model.saveErrorProperty(),
                close -> model.save(saved -> {
                    close.run();
                    onSaved.accept(saved);
                }), close -> model.closeWithoutSaving(close, discard -> askToDiscard(form, discard)));
    }

    /**
     * Shows a form. Its Save button is disabled while the form is invalid; pressing it calls
     * {@code save} with the action that closes the dialog, which the caller runs once saved. Esc,
     * Cancel and the window's close button call {@code cancel} with the action that closes it unsaved.
     */
    public static Dialog<ButtonType> editor(Node owner, String title, Parent form, ReadOnlyBooleanProperty valid,
                                            ReadOnlyStringProperty saveError, Consumer<Runnable> save,
                                            Consumer<Runnable> cancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(windowOf(owner));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Label error = new Label();
        error.setId("saveError");
        error.getStyleClass().add("save-error");
        error.setWrapText(true);
        error.textProperty().bind(saveError);
        error.visibleProperty().bind(saveError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, form, error);
        dialog.getDialogPane().setContent(content);
        if (form instanceof Region region && region.getPrefWidth() > 0) {
            // Without this the dialog opens at its default width and squeezes wide forms.
            dialog.getDialogPane().setPrefWidth(region.getPrefWidth() + 40);
        }
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(valid.not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(() -> {
                dialog.setResult(saveType);
                dialog.close();
            });
        });
        Runnable closeUnsaved = () -> {
            dialog.setResult(ButtonType.CANCEL);
            dialog.close();
        };
        // Esc fires the Cancel button, so this one filter covers both.
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            cancel.accept(closeUnsaved);
        });
        double wanted = dialog.getDialogPane().getPrefWidth();
        if (wanted > 0) {
            // Some platforms open dialogs at a default width whatever the content asks for. Set
            // before showing: a resize right after show meets GTK before it knows the window's
            // height and fails its assertion "height > 0" on the console.
            dialog.setWidth(wanted);
        }
        showFocused(dialog);
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            event.consume();
            cancel.accept(closeUnsaved);
        });
        return dialog;
    }

    /** Asks before something that matters; {@code onYes} runs only when the user agrees. */
    public static void confirm(Node owner, String header, String text, String yesLabel, Runnable onYes) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, ButtonType.CANCEL);
        alert.initOwner(windowOf(owner));
        alert.setTitle(header);
        alert.setHeaderText(header);
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result == yes) {
                onYes.run();
            }
        });
        showFocused(alert);
    }

    /**
     * Asks whether to throw away the changes in a form; {@code onDiscard} runs only on Discard. Keep
     * editing is the default and the cancel button, so Enter and Esc both keep the user's input.
     */
    public static void askToDiscard(Node form, Runnable onDiscard) {
        ButtonType discard = new ButtonType(Messages.get("discard.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(Messages.get("discard.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("discard.text"), discard, keep);
        alert.initOwner(windowOf(form));
        alert.setTitle(Messages.get("discard.title"));
        alert.setHeaderText(Messages.get("discard.title"));
        alert.getDialogPane().setId("discardDialog");
        if (form.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(form.getScene().getStylesheets());
        }
        Button discardButton = (Button) alert.getDialogPane().lookupButton(discard);
        discardButton.setId("discardButton");
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setId("keepEditingButton");
        keepButton.setDefaultButton(true);
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result == discard) {
                onDiscard.run();
            }
        });
        showFocused(alert);
        keepButton.requestFocus();
    }

    /** Since JavaFX 20 a new window may not take focus by itself (headless in particular): ask for it. */
    public static void showFocused(Dialog<?> dialog) {
        dialog.show();
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) {
            stage.requestFocus();
        }
    }

    private static Window windowOf(Node node) {
        return node == null || node.getScene() == null ? null : node.getScene().getWindow();
    }
}
