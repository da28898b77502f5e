package io.upskillplanner.ui.failure;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import io.upskillplanner.ui.common.Messages;

/** The dialog for a failure nobody caught; Copy details keeps it open and fills the clipboard. */
final class FailureDialog {

    private FailureDialog() {
    }

    static void show(FailureReport report) {
        ButtonType copy = new ButtonType(Messages.get("failure.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, report.explanation(), copy, close);
        alert.setTitle(report.title());
        alert.setHeaderText(report.header());
        alert.getDialogPane().setId("failureDialog");
        alert.setResizable(true);
        Window.getWindows().stream()
                .filter(Window::isFocused)
                .findFirst()
                .ifPresent(alert::initOwner);

        TextArea details = new TextArea(report.details());
        details.setId("failureDetails");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);

        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyDetailsButton");
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("failure.copied"));
        });
        alert.showAndWait();
    }
}
