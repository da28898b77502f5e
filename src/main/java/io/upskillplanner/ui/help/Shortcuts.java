package io.upskillplanner.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The keyboard shortcuts as the menus define them, so the Help page lists exactly the accelerators
 * the app has: a new or changed one appears there without anyone editing a list.
 */
public final class Shortcuts {

    /** One accelerator: its menu, what it does, and the keys as the platform writes them. */
    public record Shortcut(String menu, String action, String keys) {
    }

    private Shortcuts() {
    }

    /** Every menu item with an accelerator, in menu order, including those in submenus. */
    public static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> found = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(plain(menu.getText()), menu.getItems(), found);
        }
        return found;
    }

    private static void collect(String menu, List<MenuItem> items, List<Shortcut> found) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                collect(menu + " › " + plain(submenu.getText()), submenu.getItems(), found);
            } else if (item.getAccelerator() != null) {
                found.add(new Shortcut(menu, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu text without its mnemonic marker: "_Quit" reads "Quit", "__" a single underscore. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("__", "\u0000").replace("_", "").replace("\u0000", "_");
    }
}
