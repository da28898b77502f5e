package io.upskillplanner.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A cell whose text wraps to the column's width instead of ending in "…". */
public final class WrappingCell<R> extends TableCell<R, String> {

    private final Label label = new Label();

    public WrappingCell() {
        label.setWrapText(true);
        label.maxWidthProperty().bind(widthProperty().subtract(12));
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        label.setText(empty ? null : text);
        setGraphic(empty ? null : label);
    }
}
