package io.upskillplanner.ui.help;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.Messages;

/** The Help menu's pages: the user guide, written in the bundles, and the keyboard shortcuts, read from the menus. */
public final class HelpPages {

    /** The guide's sections: a title key and a text key each, in reading order. */
    private static final List<String[]> GUIDE = List.of(
            new String[] {"guide.start.title", "guide.start.text"},
            new String[] {"guide.profiles.title", "guide.profiles.text"},
            new String[] {"guide.goals.title", "guide.goals.text"},
            new String[] {"guide.catalog.title", "guide.catalog.text"},
            new String[] {"guide.compare.title", "guide.compare.text"},
            new String[] {"guide.reports.title", "guide.reports.text"},
            new String[] {"guide.import.title", "guide.import.text"},
            new String[] {"guide.data.title", "guide.data.text"});

    /** Keys that work without a menu: in lists, tables and dialogs. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"shortcuts.key.enter", "shortcuts.enter"},
            new String[] {"shortcuts.key.delete", "shortcuts.delete"},
            new String[] {"shortcuts.key.escape", "shortcuts.escape"},
            new String[] {"shortcuts.key.alt", "shortcuts.alt"},
            new String[] {"shortcuts.key.tab", "shortcuts.tab"},
            new String[] {"shortcuts.key.f5", "shortcuts.f5"});

    private HelpPages() {
    }

    public static Dialog<ButtonType> userGuide(Node owner) {
        VBox sections = new VBox(6);
        sections.setPadding(new Insets(4, 12, 4, 4));
        for (String[] section : GUIDE) {
            Label title = new Label(Messages.get(section[0]));
            title.getStyleClass().add("section-title");
            title.setPadding(new Insets(8, 0, 0, 0));
            Label text = new Label(Messages.get(section[1]));
            text.setWrapText(true);
            sections.getChildren().addAll(title, text);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(680, 520);
        Dialog<ButtonType> dialog = dialog(owner, Messages.get("guide.title"), scroll, ButtonType.CLOSE);
        dialog.getDialogPane().setId("userGuideDialog");
        show(dialog);
        return dialog;
    }

    public static Dialog<ButtonType> shortcuts(Node owner, MenuBar menus) {
        TableView<Shortcuts.Shortcut> table = new TableView<>();
        table.setId("shortcutTable");
        table.getColumns().add(column(Messages.get("shortcuts.keys"), 150, Shortcuts.Shortcut::keys));
        table.getColumns().add(column(Messages.get("shortcuts.action"), 300, Shortcuts.Shortcut::action));
        table.getColumns().add(column(Messages.get("shortcuts.menu"), 130, Shortcuts.Shortcut::menu));
        table.getItems().setAll(Shortcuts.of(menus));
        String elsewhere = Messages.get("shortcuts.elsewhere");
        for (String[] key : OTHER_KEYS) {
            table.getItems().add(new Shortcuts.Shortcut(elsewhere, Messages.get(key[1]), Messages.get(key[0])));
        }
        table.setPrefSize(620, 520);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Dialog<ButtonType> dialog = dialog(owner, Messages.get("shortcuts.title"), table, ButtonType.CLOSE);
        dialog.getDialogPane().setId("shortcutsDialog");
        show(dialog);
        table.requestFocus();
        return dialog;
    }

    private static TableColumn<Shortcuts.Shortcut, String> column(String title, double width,
            Function<Shortcuts.Shortcut, String> value) {
        TableColumn<Shortcuts.Shortcut, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A resizable page over the window of {@code owner}, in its style sheets, closed with Esc. */
    static Dialog<ButtonType> dialog(Node owner, String title, Parent content, ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
        dialog.initOwner(window);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }

    static void show(Dialog<?> dialog) {
        Dialogs.showFocused(dialog);
    }
}
