package io.upskillplanner.ui.main;

import java.util.List;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import io.upskillplanner.ui.common.Messages;

/** Binds menu items and buttons to the catalogue by their id: label, keys, enabled state and action. */
public final class CommandBinding {

    private CommandBinding() {
    }

    /** Every item in these menus whose id names a command, in submenus too. */
    public static void bindMenus(List<Menu> menus, AppCommands commands) {
        for (Menu menu : menus) {
            bindItems(menu.getItems(), commands);
        }
    }

    private static void bindItems(List<MenuItem> items, AppCommands commands) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                bindItems(submenu.getItems(), commands);
            } else if (item.getId() != null) {
                AppCommand.byId(item.getId()).ifPresent(id -> bind(item, commands.get(id)));
            }
        }
    }

    public static void bind(MenuItem item, Command command) {
        item.setText(Messages.get(command.id().labelKey()));
        command.id().accelerator().map(KeyCombination::valueOf).ifPresent(item::setAccelerator);
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(event -> command.execute());
    }

    /** A button keeps its own text and graphic (a screen may word it shorter); it runs the command. */
    public static void bind(ButtonBase button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(event -> command.execute());
    }
}
