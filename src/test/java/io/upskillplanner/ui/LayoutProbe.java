package io.upskillplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * What a person in front of the screen would find wrong, read from the laid-out scene graph:
 * buttons outside the window or with their label cut, table headers cut, key columns (title,
 * cost, score, status) scrolled out of view or their cells cut to fewer than
 * {@value #MIN_VISIBLE_CHARS} characters. Each finding names the place, so a failure reads like a
 * bug report.
 */
final class LayoutProbe {

    static final int MIN_VISIBLE_CHARS = 12;
    /** The columns a counselor reads first; by fx:id. */
    static final Set<String> KEY_COLUMNS = Set.of("titleColumn", "nameColumn", "credentialColumn", "costColumn",
            "scoreColumn", "statusColumn", "candidateStatusColumn");
    private static final double TOLERANCE = 1.5;

    private LayoutProbe() {
    }

    /** Findings in one window's scene, each prefixed with {@code where}. Call on the FX thread. */
    static List<String> inspect(Window window, String where) {
        List<String> findings = new ArrayList<>();
        Scene scene = window.getScene();
        walk(scene.getRoot(), node -> {
            if (node instanceof ButtonBase button) {
                checkButton(button, scene, where, findings);
            } else if (node instanceof TableView<?> table) {
                checkTable(table, where, findings);
            } else if (node instanceof ListView<?> list) {
                checkList(list, where, findings);
            } else if (node instanceof Label label && isFormLabel(label)) {
                String cut = cutText(label);
                if (cut != null && showing(label)) {
                    findings.add(where + ": form label \"" + label.getText() + "\" reads \"" + cut + "\"");
                }
            }
        });
        return findings;
    }

    /** A list with items shows at least its first one whole (a session note: its date and first line). */
    private static void checkList(ListView<?> list, String where, List<String> findings) {
        if (list.getItems().isEmpty() || !showing(list) || insideScrollPane(list)) {
            return;
        }
        double room = list.getHeight() - list.snappedTopInset() - list.snappedBottomInset();
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getIndex() == 0 && cell.isVisible() && !cell.isEmpty()
                    && cell.getHeight() > room + TOLERANCE) {
                findings.add(String.format("%s: list %s is %.0f px high, its first item needs %.0f px", where,
                        list.getId(), room, cell.getHeight()));
                return;
            }
        }
    }

    /** A label in the first column of a form's grid: what a field is, which must be read whole. */
    private static boolean isFormLabel(Label label) {
        if (!(label.getParent() instanceof GridPane)) {
            return false;
        }
        Integer column = GridPane.getColumnIndex(label);
        return column == null || column == 0;
    }

    /** Findings about a dialog: inside its owner's window, and everything {@link #inspect} finds. */
    static List<String> inspectDialog(Window dialog, Window owner, String where) {
        List<String> findings = new ArrayList<>(inspect(dialog, where));
        if (dialog.getX() < owner.getX() - TOLERANCE || dialog.getY() < owner.getY() - TOLERANCE
                || dialog.getX() + dialog.getWidth() > owner.getX() + owner.getWidth() + TOLERANCE
                || dialog.getY() + dialog.getHeight() > owner.getY() + owner.getHeight() + TOLERANCE) {
            findings.add(String.format("%s: the dialog (%.0f,%.0f %.0f×%.0f) sticks out of the window (%.0f,%.0f %.0f×%.0f)",
                    where, dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight(),
                    owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()));
        }
        return findings;
    }

    private static void checkButton(ButtonBase button, Scene scene, String where, List<String> findings) {
        if (!showing(button) || insideScrollPane(button)) {
            return;
        }
        String name = describe(button);
        Bounds bounds = button.localToScene(button.getLayoutBounds());
        if (bounds.getMinX() < -TOLERANCE || bounds.getMinY() < -TOLERANCE
                || bounds.getMaxX() > scene.getWidth() + TOLERANCE || bounds.getMaxY() > scene.getHeight() + TOLERANCE) {
            findings.add(String.format("%s: button %s is out of view (%.0f,%.0f–%.0f,%.0f in a %.0f×%.0f window)",
                    where, name, bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY(),
                    scene.getWidth(), scene.getHeight()));
        }
        for (Node ancestor = button.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            // A split pane or a list clips what overflows it: the button is on screen but not seen.
            if (ancestor.getClip() != null && !(ancestor instanceof ScrollPane)) {
                Bounds clip = ancestor.localToScene(ancestor.getClip().getBoundsInParent());
                if (bounds.getMinX() < clip.getMinX() - TOLERANCE || bounds.getMinY() < clip.getMinY() - TOLERANCE
                        || bounds.getMaxX() > clip.getMaxX() + TOLERANCE || bounds.getMaxY() > clip.getMaxY() + TOLERANCE) {
                    findings.add(where + ": button " + name + " is cut off by the pane it is in");
                    break;
                }
            }
        }
        String cut = cutText(button);
        // A long goal title in "Add to <goal>" may end in an ellipsis; a label cut to a few letters may not.
        if (cut != null && visibleChars(cut, button) < Math.min(MIN_VISIBLE_CHARS, shownText(button).length())) {
            findings.add(where + ": button " + name + " reads \"" + cut + "\"");
        }
    }

    private static void checkTable(TableView<?> table, String where, List<String> findings) {
        if (!showing(table) || table.getWidth() <= 0) {
            return;
        }
        String tableName = table.getId() == null ? "a table" : table.getId();
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        walk(table, node -> {
            if (node instanceof Labeled label && label.getStyleClass().contains("label") && isHeader(label)) {
                String cut = cutText(label);
                if (cut != null && showing(label)) {
                    findings.add(where + ": " + tableName + " header \"" + label.getText() + "\" reads \"" + cut + "\"");
                }
            }
        });
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            if (!isKey(column)) {
                continue;
            }
            Node header = table.lookupAll(".column-header").stream()
                    .filter(h -> h.getId() != null && h.getId().equals(column.getId())).findFirst().orElse(null);
            String columnName = tableName + " column \"" + column.getText() + "\"";
            if (header == null) {
                continue;
            }
            Bounds headerBounds = header.localToScene(header.getLayoutBounds());
            if (headerBounds.getMaxX() > tableBounds.getMaxX() + TOLERANCE || column.getWidth() < 1) {
                findings.add(String.format("%s: %s is out of view (it ends at x=%.0f, the table at x=%.0f)",
                        where, columnName, headerBounds.getMaxX(), tableBounds.getMaxX()));
            }
        }
        walk(table, node -> {
            if (node instanceof TableCell<?, ?> cell && !cell.isEmpty() && showing(cell) && cell.getTableColumn() != null
                    && isKey(cell.getTableColumn())) {
                checkCell(cell, cell, tableName, where, findings);
                if (cell.getGraphic() instanceof Labeled graphic) {
                    checkCell(cell, graphic, tableName, where, findings);
                }
            }
        });
    }

    private static void checkCell(TableCell<?, ?> cell, Labeled labeled, String tableName, String where,
                                  List<String> findings) {
        String full = shownText(labeled);
        String shown = renderedText(labeled);
        if (full.isBlank() || shown == null || shown.equals(full)) {
            return;
        }
        if (visibleChars(shown, labeled) < Math.min(MIN_VISIBLE_CHARS, full.length())) {
            findings.add(where + ": " + tableName + " column \"" + cell.getTableColumn().getText() + "\" shows \""
                    + shown + "\" for \"" + full + "\"");
        }
    }

    private static int visibleChars(String shown, Labeled labeled) {
        return shown.endsWith(labeled.getEllipsisString())
                ? shown.length() - labeled.getEllipsisString().length() : shown.length();
    }

    /** The label's text as it reads without its mnemonic marker ("_Save" reads "Save"). */
    private static String shownText(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        if (!labeled.isMnemonicParsing()) {
            return text;
        }
        int marker = text.indexOf('_');
        return marker < 0 || marker == text.length() - 1 ? text : text.substring(0, marker) + text.substring(marker + 1);
    }

    /** The text as drawn when it is shorter than the label's text (cut with an ellipsis), else null. */
    static String cutText(Labeled labeled) {
        String full = shownText(labeled);
        String shown = renderedText(labeled);
        if (full == null || full.isEmpty() || shown == null || shown.equals(full)) {
            return null;
        }
        return shown;
    }

    private static String renderedText(Labeled labeled) {
        {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && child.getStyleClass().contains("text")) {
                    // Wrapped labels draw the whole text over several lines.
                    String full = shownText(labeled);
                    return text.getText().replace("\n", " ").strip().equals(full.replace("\n", " ").strip())
                            ? full : text.getText();
                }
            }
        }
        return null;
    }

    private static boolean isKey(TableColumnBase<?, ?> column) {
        return column.getId() != null && KEY_COLUMNS.contains(column.getId());
    }

    private static boolean isHeader(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("column-header")) {
                return true;
            }
            if (n instanceof TableView<?>) {
                return false;
            }
        }
        return false;
    }

    private static boolean insideScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(ButtonBase button) {
        String text = button.getText();
        if (text != null && !text.isBlank()) {
            return "\"" + text + "\"";
        }
        if (button.getAccessibleText() != null) {
            return "\"" + button.getAccessibleText() + "\"";
        }
        return button.getId() == null ? button.getStyleClass().toString() : "#" + button.getId();
    }

    private static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visitor);
            }
        }
    }
}
