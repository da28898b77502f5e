package io.upskillplanner.ui.compare;

import javafx.scene.Parent;

import io.upskillplanner.ui.common.ViewLoader;

/** The compare screen; it shows what it will offer until that part of the product is built. */
public final class CompareView {

    public Parent load() {
        return ViewLoader.load(this);
    }
}
