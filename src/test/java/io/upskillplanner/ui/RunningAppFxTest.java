package io.upskillplanner.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A UI test of the real app on a fresh data folder with the demo data. The app changes the JVM's
 * default locale and the theme; the base puts both back afterwards.
 */
public abstract class RunningAppFxTest extends FxTestBase {

    @TempDir
    protected Path dir;

    protected Application app;

    @AfterEach
    final void stopRunningApp() throws Exception {
        closeApp();
    }

    /** Starts the app in English and {@code theme}, waits for the demo profiles, and gives its window the focus. */
    protected Stage startApp(Theme theme) throws Exception {
        new Appearance(theme, Locale.ENGLISH, Appearance.DEFAULT_FONT_SIZE).write(dir);
        return startApp();
    }

    /** Starts the app with whatever appearance the data folder holds. */
    protected Stage startApp() throws Exception {
        DataFolder folder = new DataFolder(dir);
        app = welcomeAtStart() ? DesktopAppStarter.startAsNewUser(folder, AppServices.lock(folder))
                : DesktopAppStarter.start(folder, AppServices.lock(folder));
        // Generous: a first start seeds the demo data, which takes a minute on a busy 2-core machine.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !lookup("#profileTable").queryAs(TableView.class).getItems().isEmpty());
        Stage stage = (Stage) window(w -> w instanceof Stage s && s.getScene() != null && s.isShowing());
        WaitForAsyncUtils.asyncFx(stage::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Whether the app starts as for a new user, welcome included; most tests want the window uncovered. */
    protected boolean welcomeAtStart() {
        return false;
    }

    /** Stops the app, releasing the data folder; the test may then open it itself. */
    protected void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
