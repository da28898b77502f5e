package io.upskillplanner.ui.main;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

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

    public static Parent create(ObservableStringValue status, double fontSize) {
        // Fonts set in code and the theme's own separator: no style sheet or inline style, whose
        // parser alone costs a cold JVM about 100 ms. The full window's header looks the same.
        Label title = new Label(Messages.get("app.name"));
        title.setFont(Font.font(null, FontWeight.BOLD, fontSize * 1.25));
        HBox header = new HBox(title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        Label line = new Label();
        line.setId("openingLine");
        line.setFont(Font.font(fontSize));
        line.textProperty().bind(status);
        line.setWrapText(true);
        VBox center = new VBox(line);
        center.setAlignment(Pos.CENTER);
        BorderPane root = new BorderPane(center);
        root.setTop(new VBox(header, new Separator()));
        return root;
    }
}
