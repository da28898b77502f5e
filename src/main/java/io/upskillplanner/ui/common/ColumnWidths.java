package io.upskillplanner.ui.common;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Minimum column widths measured in the table's own font, so they follow the font-size setting
 * and the language: every column keeps its header readable, and the key columns (title, cost,
 * score, status) keep their values whole, long ones at least their first {@value #READABLE_CHARS}
 * characters. When the minimums do not fit, the table scrolls sideways instead of cutting text;
 * the key columns come first, so they stay in view.
 */
public final class ColumnWidths {

    /** How much of a long value (a title) stays readable before the ellipsis. */
    public static final int READABLE_CHARS = 12;

    /**
     * Key in a column's properties for the text of a small tag its cells draw beside the value (at
     * 0.85 em, like the Sample mark): the column's minimum width holds the value and the tag.
     */
    public static final String TAG_TEXT = "columnWidths.tagText";

    /** The tag's own padding and its gap to the value, in em of the cell font. */
    private static final double TAG_PADDING_EM = 1.2;
    /** Enough rows to see the widest value; a large catalog is not measured row by row on every change. */
    private static final int MEASURED_ROWS = 300;
    /** Cell padding and the sort arrow, in em. */
    private static final double PADDING_EM = 1.4;
    /** Room for the vertical scroll bar, in em. */
    private static final double SCROLL_BAR_EM = 1.2;

    private final TableView<?> table;
    private final List<? extends TableColumn<?, ?>> keyColumns;
    private final Text measure = new Text();
    private Label headerLabel;
    /** The header font the widths were last measured in; null before the first measurement. */
    private Font measuredFont;
    /** The table's own constrained policy while it is swapped for scrolling; null while it is in force. */
    private Callback<TableView.ResizeFeatures, Boolean> constrainedPolicy;

    private ColumnWidths(TableView<?> table, List<? extends TableColumn<?, ?>> keyColumns) {
        this.table = table;
        this.keyColumns = keyColumns;
    }

    /**
     * Keeps every header of {@code table} readable and the {@code keyColumns} wide enough for their
     * values; recomputed when the rows or the font change. Call once, e.g. in {@code initialize()}.
     */
    @SafeVarargs
    public static <S> void keepReadable(TableView<S> table, TableColumn<S, ?>... keyColumns) {
        ColumnWidths widths = new ColumnWidths(table, List.of(keyColumns));
        InvalidationListener update = widths::update;
        table.itemsProperty().addListener((obs, old, items) -> {
            if (items != null) {
                items.addListener(update);
            }
            widths.update(obs);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(update);
        }
        table.getVisibleLeafColumns().addListener(update);
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.textProperty().addListener(update);
            column.graphicProperty().addListener(update);
        }
        table.widthProperty().addListener(obs -> {
            if (widths.isStale()) {
                widths.update(obs);
            } else {
                widths.scrollWhenTooNarrow();
            }
        });
        // The header labels carry the font from the style sheets, but they exist only after a layout
        // and are rebuilt when the columns change, sometimes before their style reaches them: no
        // change of rows, width or font is left to tell. After every layout, measure again when the
        // widths were never measured with a styled header of the table as it is now.
        table.needsLayoutProperty().addListener((obs, needed, needs) -> {
            if (!needs && widths.isStale()) {
                widths.update(obs);
            }
        });
        // A table already laid out has its headers now.
        widths.update(table.itemsProperty());
    }

    /** True when no header of the table as it is now has measured the widths in its current font. */
    private boolean isStale() {
        if (!hasLiveHeaderLabel()) {
            return true;
        }
        return !headerLabel.getFont().equals(measuredFont);
    }

    private void update(Observable changed) {
        if (!hasLiveHeaderLabel()) {
            // The skin rebuilds its headers when the columns change (a screen choosing its columns):
            // a label kept from before is no longer styled, and its font no longer follows the
            // font size. Measure with a header that is part of the table now.
            Label found = findHeaderLabel(table);
            if (found == null) {
                return;
            }
            headerLabel = found;
            headerLabel.fontProperty().addListener(this::update);
        }
        Font font = headerLabel.getFont();
        measuredFont = font;
        // Headers may be bold; cells are drawn in the regular face of the same family and size.
        Font cellFont = Font.font(font.getFamily(), font.getSize());
        double padding = font.getSize() * PADDING_EM;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            measure.setFont(font);
            // A header drawn as a label of its own sits inside the header's label: both pad it.
            double wanted = width(headerText(column)) + (column.getText() == null ? 2 * padding : padding);
            if (keyColumns.contains(column)) {
                double tag = 0;
                if (column.getProperties().get(TAG_TEXT) instanceof String tagText) {
                    measure.setFont(Font.font(font.getFamily(), font.getSize() * 0.85));
                    tag = width(tagText) + font.getSize() * TAG_PADDING_EM;
                }
                measure.setFont(cellFont);
                wanted = Math.max(wanted, widestValue(column) + padding + tag);
            }
            column.setMinWidth(Math.ceil(wanted));
            if (column.getPrefWidth() < column.getMinWidth()) {
                column.setPrefWidth(column.getMinWidth());
            }
        }
        scrollWhenTooNarrow();
    }

    /**
     * A constrained table squeezes its columns into its width and hides what does not fit, with no
     * way to scroll to it. When the minimum widths do not fit, the table scrolls sideways instead,
     * each column at its minimum; when they fit again, its own policy comes back.
     */
    private void scrollWhenTooNarrow() {
        if (headerLabel == null || table.getWidth() <= 0) {
            return;
        }
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - headerLabel.getFont().getSize() * SCROLL_BAR_EM;
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        if (needed > available && constrainedPolicy == null
                && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            constrainedPolicy = table.getColumnResizePolicy();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.getVisibleLeafColumns().forEach(column -> column.setPrefWidth(column.getMinWidth()));
        } else if (needed <= available && constrainedPolicy != null) {
            table.setColumnResizePolicy(constrainedPolicy);
            constrainedPolicy = null;
        }
    }

    /** True while the header label measured with is still inside the table. */
    private boolean hasLiveHeaderLabel() {
        for (Node node = headerLabel; node != null; node = node.getParent()) {
            if (node == table) {
                return true;
            }
        }
        return false;
    }

    private static String headerText(TableColumn<?, ?> column) {
        if (column.getText() != null) {
            return column.getText();
        }
        // A header drawn as a label of its own (with a tooltip) instead of the column's text.
        return column.getGraphic() instanceof Labeled label && label.getText() != null ? label.getText() : "";
    }

    private double widestValue(TableColumn<?, ?> column) {
        double widest = 0;
        for (int row = 0; row < Math.min(table.getItems().size(), MEASURED_ROWS); row++) {
            Object value = column.getCellData(row);
            if (!(value instanceof CharSequence || value instanceof Number)) {
                // Cells drawn from a whole row (a score link) size themselves.
                continue;
            }
            String text = value.toString();
            if (text.length() > READABLE_CHARS) {
                text = text.substring(0, READABLE_CHARS) + "…";
            }
            widest = Math.max(widest, width(text));
        }
        return widest;
    }

    private double width(String text) {
        measure.setText(text == null ? "" : text);
        return measure.getLayoutBounds().getWidth();
    }

    /**
     * The label of a visible leaf column's header: the nested root header (no column of its own)
     * carries a label too, which the table's header style does not reach.
     */
    private static Label findHeaderLabel(TableView<?> table) {
        for (Node header : table.lookupAll(".column-header")) {
            if (header instanceof TableColumnHeader columnHeader && !(header instanceof NestedTableColumnHeader)
                    && table.getVisibleLeafColumns().contains(columnHeader.getTableColumn())) {
                for (Node child : columnHeader.getChildrenUnmodifiable()) {
                    if (child instanceof Label label) {
                        return label;
                    }
                }
            }
        }
        return null;
    }
}
