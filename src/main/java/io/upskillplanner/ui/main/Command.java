package io.upskillplanner.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One entry of the catalogue: what it does, and whether it can be done now. */
public final class Command {

    private static final Runnable NOTHING = () -> { };

    private final AppCommand id;
    private final BooleanProperty executable = new SimpleBooleanProperty(true);
    private Runnable action = NOTHING;

    Command(AppCommand id) {
        this.id = id;
    }

    public AppCommand id() {
        return id;
    }

    /** False disables every menu item, button and shortcut bound to it. */
    public BooleanProperty executableProperty() {
        return executable;
    }

    /** What it does; the screen that can do it sets this once it exists. */
    public void setAction(Runnable action) {
        this.action = action;
    }

    /** Does it, if it can be done now; a disabled one does nothing (a shortcut still arrives). */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
