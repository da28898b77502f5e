package io.upskillplanner.ui.reports;

import javafx.scene.Parent;

import io.upskillplanner.ui.common.ViewLoader;

/** The reports screen; it shows what it will offer until that part of the product is built. */
public final class ReportsView {

    public Parent load() {
        return ViewLoader.load(this);
    }
}
