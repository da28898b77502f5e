package io.upskillplanner.ui.main;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.common.Messages;

/**
 * What the main window shows in its first frame: the header of {@link MainWindowView} and the
 * opening line, built in code from plain labels. In a cold JVM the full window (FXML, menus,
 * icon font, ControlsFX) takes several hundred milliseconds more, so it replaces this frame in
 * the pulse after the window is on screen, while the database opens beside it.
 */
public final class OpeningFrame {

    private OpeningFrame() {
    }

    public static Parent create(ObservableStringValue status) {
        // The rules of .app-title and .app-header in main.css, inline: the app's style sheet is not
        // loaded yet for this frame.
        Label title = new Label(Messages.get("app.name"));
        title.getStyleClass().add("app-title");
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        HBox header = new HBox(title);
        header.getStyleClass().add("app-header");
        header.setStyle("-fx-border-color: transparent transparent -color-border-default transparent;");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        Label line = new Label();
        line.setId("openingLine");
        line.textProperty().bind(status);
        line.setWrapText(true);
        VBox center = new VBox(line);
        center.setAlignment(Pos.CENTER);
        BorderPane root = new BorderPane(center);
        root.setTop(header);
        root.getStyleClass().add("main-window");
        return root;
    }
}
