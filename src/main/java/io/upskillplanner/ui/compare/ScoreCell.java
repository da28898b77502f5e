package io.upskillplanner.ui.compare;

import java.util.function.Consumer;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;

import io.upskillplanner.ui.common.Formats;

/** The score as a link: clicking it (or Enter on the row) opens its breakdown. */
final class ScoreCell extends TableCell<CompareRow, CompareRow> {

    private final Hyperlink link = new Hyperlink();

    ScoreCell(Consumer<CompareRow> open) {
        link.getStyleClass().add("score-link");
        link.setOnAction(e -> {
            if (getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(CompareRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
        } else {
            link.setText(Formats.score(row.evaluation().score().points()));
            setGraphic(link);
        }
    }
}
