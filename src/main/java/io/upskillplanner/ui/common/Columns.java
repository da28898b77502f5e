package io.upskillplanner.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;

/** Puts a {@link ColumnSpec} on a table column: the cell text, and the "negative" mark from the row, never from the text. */
public final class Columns {

    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private Columns() {
    }

    /**
     * Puts each spec on the column whose {@code userData} (set in the FXML) is the spec's key, so a
     * screen binds its columns without a field for each.
     */
    @SuppressWarnings("unchecked")
    public static <R> void showAll(TableView<R> table, List<ColumnSpec<R>> specs) {
        for (TableColumn<R, ?> column : table.getColumns()) {
            specs.stream().filter(spec -> spec.key().equals(column.getUserData())).findFirst()
                    .ifPresent(spec -> show((TableColumn<R, String>) column, spec));
        }
    }

    /** Rows for which {@code marked} holds carry the pseudo-class, for the style sheet. */
    public static <R> void markRows(TableView<R> table, String pseudoClass, Predicate<R> marked) {
        PseudoClass state = PseudoClass.getPseudoClass(pseudoClass);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(state, !empty && row != null && marked.test(row));
            }
        });
    }

    /** Enter on the table runs {@code enter}, Delete runs {@code delete}. */
    public static void onEnterAndDelete(TableView<?> table, Runnable enter, Runnable delete) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                enter.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.run();
            }
        });
    }

    /** A double click on a row (not on the empty space below the rows) runs {@code action}. */
    public static <R> void onDoubleClick(TableView<R> table, Runnable action) {
        onDoubleClick(table, action, row -> { });
    }

    /** The same, with more for each row (a drag from it). */
    public static <R> void onDoubleClick(TableView<R> table, Runnable action, Consumer<TableRow<R>> more) {
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            more.accept(row);
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    action.run();
                }
            });
            return row;
        });
    }

    public static <R> TableColumn<R, String> show(TableColumn<R, String> column, ColumnSpec<R> spec) {
        text(column, spec::textOf);
        if (spec.negative() != null) {
            column.setCellFactory(c -> new FlagCell<>(spec));
        }
        return column;
    }

    /** The column shows each row's text as {@code value} gives it. */
    public static <R> TableColumn<R, String> text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /**
     * A column whose long sentences wrap within its width instead of ending in "…". A Text with a
     * wrapping width gives the row its real height, which a wrapping Label in a cell does not.
     */
    public static <R> TableColumn<R, String> wrapping(TableColumn<R, String> column, Function<R, String> value) {
        text(column, value);
        column.setCellFactory(c -> new WrappedTextCell<>(column));
        return column;
    }

    /** Each cell of the column carries its row's tip (none where the tip is empty). */
    public static <R> void withTooltip(TableColumn<R, String> column, Function<R, String> tip) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                R row = rowOf(this, empty);
                String shown = row == null ? "" : tip.apply(row);
                setTooltip(shown == null || shown.isEmpty() ? null : new Tooltip(shown));
            }
        });
    }

    private static <R> R rowOf(TableCell<R, ?> cell, boolean empty) {
        int index = cell.getIndex();
        TableView<R> table = cell.getTableView();
        return empty || table == null || index < 0 || index >= table.getItems().size() ? null
                : table.getItems().get(index);
    }

    private static final class FlagCell<R> extends TableCell<R, String> {
        private final ColumnSpec<R> spec;

        FlagCell(ColumnSpec<R> spec) {
            this.spec = spec;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            R row = rowOf(this, empty);
            pseudoClassStateChanged(NEGATIVE, !empty && spec.isNegative(row));
        }
    }

    private static final class WrappedTextCell<R> extends TableCell<R, String> {
        private final Text text = new Text();

        WrappedTextCell(TableColumn<R, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? null : item);
            setGraphic(empty || item == null ? null : text);
            setAccessibleText(empty ? null : item);
        }
    }
}
