package io.upskillplanner.ui;

import javafx.application.Application;

import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;

import org.testfx.api.FxToolkit;

/** Starts the real desktop app for UI tests in other packages ({@code prepare} is package-private). */
public final class DesktopAppStarter {

    private DesktopAppStarter() {
    }

    public static Application start(DataFolder folder, InstanceLock lock) throws Exception {
        DesktopApp.prepare(folder, lock);
        return FxToolkit.setupApplication(DesktopApp.class);
    }
}
