package io.upskillplanner.ui.main;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.value.ObservableBooleanValue;

/** The commands of one window, one per catalogue entry; menus, buttons and keys bind to these. */
public final class AppCommands {

    private final Map<AppCommand, Command> commands = new EnumMap<>(AppCommand.class);

    public AppCommands() {
        for (AppCommand id : AppCommand.values()) {
            commands.put(id, new Command(id));
        }
    }

    public Command get(AppCommand id) {
        return commands.get(id);
    }

    /** Sets what a command does. */
    public void on(AppCommand id, Runnable action) {
        get(id).setAction(action);
    }

    /** Sets what a command does and when it can be done. */
    public void on(AppCommand id, ObservableBooleanValue when, Runnable action) {
        on(id, action);
        get(id).executableProperty().bind(when);
    }

    public void execute(AppCommand id) {
        get(id).execute();
    }
}
