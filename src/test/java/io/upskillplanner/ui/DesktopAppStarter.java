package io.upskillplanner.ui;

import javafx.application.Application;

import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.ui.help.WelcomeViewModel;

import org.testfx.api.FxToolkit;

/** Starts the real desktop app for UI tests in other packages ({@code prepare} is package-private). */
public final class DesktopAppStarter {

    private DesktopAppStarter() {
    }

    /** Starts the app as someone who has seen the welcome, so it does not cover the window. */
    public static Application start(DataFolder folder, InstanceLock lock) throws Exception {
        WelcomeViewModel.rememberChoice(folder.root(), false);
        return startAsNewUser(folder, lock);
    }

    /** Starts the app as it starts for a new user: on a fresh data folder the welcome opens. */
    public static Application startAsNewUser(DataFolder folder, InstanceLock lock) throws Exception {
        DesktopApp.prepare(folder, lock);
        return FxToolkit.setupApplication(DesktopApp.class);
    }
}
