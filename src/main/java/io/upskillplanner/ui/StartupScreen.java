package io.upskillplanner.ui;

import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;

/**
 * What starting the desktop app needs from the screen. The launcher decides; this shows. Tests
 * pass one that records instead, so that the decisions are tested without a display.
 */
interface StartupScreen {

    /** A dialog on its own, for failures before the main window exists. */
    void showError(String title, String message);

    /** Runs the app on a folder this process has locked, until its window closes; returns the exit code. */
    int runApp(DataFolder folder, InstanceLock lock);
}
