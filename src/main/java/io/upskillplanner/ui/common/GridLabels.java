package io.upskillplanner.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Each label in a form grid's first column names the control beside it in its row, so Alt + its
 * mnemonic focuses that control and screen readers announce the label with it (FXML cannot refer
 * forward to it).
 */
public final class GridLabels {

    private GridLabels() {
    }

    public static void link(Node node) {
        if (node instanceof ScrollPane scroll) {
            link(scroll.getContent());
        } else if (node instanceof GridPane grid) {
            for (Node child : grid.getChildren()) {
                if (child instanceof Label label && label.getLabelFor() == null && column(label) == 0) {
                    grid.getChildren().stream().filter(other -> column(other) == 1 && row(other) == row(label))
                            .findFirst().map(GridLabels::firstControl).ifPresent(label::setLabelFor);
                }
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(GridLabels::link);
        }
    }

    private static Node firstControl(Node node) {
        return node instanceof HBox box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : node;
    }

    private static int column(Node node) {
        Integer index = GridPane.getColumnIndex(node);
        return index == null ? 0 : index;
    }

    private static int row(Node node) {
        Integer index = GridPane.getRowIndex(node);
        return index == null ? 0 : index;
    }
}
