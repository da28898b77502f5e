package io.upskillplanner.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A list of sentences shown as wrapping bullet lines, in a box that hides while there are none. */
public final class SentenceLines {

    private SentenceLines() {
    }

    /** Keeps {@code into} showing {@code texts}, one line each; {@code box} takes room only while there are some. */
    public static void show(ObservableList<String> texts, VBox into, VBox box) {
        Runnable show = () -> {
            into.getChildren().setAll(texts.stream().map(text -> {
                Label line = new Label("• " + text);
                line.setWrapText(true);
                line.setMinHeight(Label.USE_PREF_SIZE);
                return line;
            }).toList());
            box.setVisible(!texts.isEmpty());
            box.setManaged(!texts.isEmpty());
        };
        texts.addListener((ListChangeListener<String>) change -> show.run());
        show.run();
    }
}
