package io.upskillplanner.ui.common;

import java.util.List;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

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

    public static <R> TableColumn<R, String> show(TableColumn<R, String> column, ColumnSpec<R> spec) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(spec.textOf(c.getValue())));
        if (spec.negative() != null) {
            column.setCellFactory(c -> new FlagCell<>(spec));
        }
        return column;
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
            int index = getIndex();
            R row = empty || getTableView() == null || index < 0 || index >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(index);
            pseudoClassStateChanged(NEGATIVE, !empty && spec.isNegative(row));
        }
    }
}
