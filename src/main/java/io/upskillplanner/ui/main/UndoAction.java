package io.upskillplanner.ui.main;

import java.util.Objects;

/** Something the user just did that can be taken back, with the words the status bar offers it with. */
public record UndoAction(String label, Runnable undo) {

    public UndoAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(undo, "undo");
    }
}
