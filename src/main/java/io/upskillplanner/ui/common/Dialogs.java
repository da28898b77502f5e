package io.upskillplanner.ui.common;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The app's dialogs: editors that save before they close and stay open with a message when saving
 * fails, and confirmations. They open without blocking, so background work keeps flowing.
 */
public final class Dialogs {

    /** Below this a dialog may rather cover more than its owner's window than become unusably small. */
    private static final double MIN_DIALOG_WIDTH = 400;
    private static final double MIN_DIALOG_HEIGHT = 300;

    private Dialogs() {
    }

    /** Shows an editor's form; once its view model has saved, the dialog closes and {@code onSaved} gets the result. */
    public static <T> Dialog<ButtonType> editor(Node owner, EditorModel<T> model, Parent form, Consumer<T> onSaved) {
        return editor(windowOf(owner), model, form, onSaved);
    }

    /** The same over a window (the dialog service's, which knows no node). */
    public static <T> Dialog<ButtonType> editor(Window owner, EditorModel<T> model, Parent form, Consumer<T> onSaved) {
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
    public static Dialog<ButtonType> editor(Window owner, String title, Parent form, ReadOnlyBooleanProperty valid,
                                            ReadOnlyStringProperty saveError, Consumer<Runnable> save,
                                            Consumer<Runnable> cancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
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
        if (form instanceof ScrollPane) {
            VBox.setVgrow(form, Priority.ALWAYS);
            dialog.getDialogPane().setContent(content);
        } else {
            dialog.getDialogPane().setContent(scrolling(content));
        }
        if (form instanceof Region region && region.getPrefWidth() > 0) {
            // Without this the dialog opens at its default width and squeezes wide forms.
            dialog.getDialogPane().setPrefWidth(region.getPrefWidth() + 40);
        }
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
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
        keepInView(dialog);
        showFocused(dialog);
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            event.consume();
            cancel.accept(closeUnsaved);
        });
        return dialog;
    }

    /** The content of a dialog in a scroll pane, so that a dialog smaller than its content still shows its buttons. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "dialog-scroll");
        return scroll;
    }

    /**
     * Sizes a dialog, once shown, to its content but never beyond its owner's window or the screen,
     * and centres it over the owner: Save and Cancel stay in view on small screens and at large font
     * sizes, and the content scrolls instead. Call before showing the dialog.
     */
    public static void keepInView(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        boolean[] placed = new boolean[1];
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            fit(window, dialog.getOwner());
            // The dialog sizes and centres itself once more after it shows: fit again after that.
            Platform.runLater(() -> {
                fit(window, dialog.getOwner());
                placed[0] = true;
            });
        });
        // Content that grows later (a save error, a longer list) must not push the buttons out either.
        InvalidationListener grown = obs -> {
            if (placed[0] && window.isShowing()) {
                Rectangle2D area = availableArea(window, dialog.getOwner());
                if (window.getWidth() > area.getWidth() + 1 || window.getHeight() > area.getHeight() + 1) {
                    fit(window, dialog.getOwner());
                }
            }
        };
        window.widthProperty().addListener(grown);
        window.heightProperty().addListener(grown);
    }

    static void fit(Window window, Window owner) {
        Rectangle2D area = availableArea(window, owner);
        // Some platforms open dialogs at a default width whatever the content asks for.
        double width = Math.min(Math.max(window.getWidth(), window.getScene().getRoot().prefWidth(-1)), area.getWidth());
        double height = Math.min(Math.max(window.getHeight(), window.getScene().getRoot().prefHeight(width)),
                area.getHeight());
        window.setWidth(width);
        window.setHeight(height);
        double x = owner == null ? area.getMinX() + (area.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? area.getMinY() + (area.getHeight() - height) / 3
                : owner.getY() + (owner.getHeight() - height) / 2;
        window.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width)));
        window.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height)));
    }

    /** The screen's visual bounds, and inside those the owner's window when it is at least as large as the dialog's minimum. */
    private static Rectangle2D availableArea(Window window, Window owner) {
        Window reference = owner != null ? owner : window;
        Rectangle2D area = Screen.getScreensForRectangle(reference.getX(), reference.getY(),
                        Math.max(1, reference.getWidth()), Math.max(1, reference.getHeight())).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (owner == null || !owner.isShowing()) {
            return area;
        }
        double minX = Math.max(area.getMinX(), owner.getX());
        double minY = Math.max(area.getMinY(), owner.getY());
        double maxX = Math.min(area.getMaxX(), owner.getX() + owner.getWidth());
        double maxY = Math.min(area.getMaxY(), owner.getY() + owner.getHeight());
        if (maxX - minX < MIN_DIALOG_WIDTH || maxY - minY < MIN_DIALOG_HEIGHT) {
            return area;
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /** Asks before something that matters; {@code onYes} runs only when the user agrees. */
    public static void confirm(Node owner, String header, String text, String yesLabel, Runnable onYes) {
        confirm(windowOf(owner), header, text, yesLabel, onYes);
    }

    static void confirm(Window owner, String header, String text, String yesLabel, Runnable onYes) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(header);
        alert.setHeaderText(header);
        keepInView(alert);
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
