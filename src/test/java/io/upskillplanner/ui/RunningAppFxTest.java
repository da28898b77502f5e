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

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A UI test of the real app on a fresh data folder with the demo data. The app changes the JVM's
 * default locale and the theme; both are put back afterwards, since the tests share one JVM.
 */
public abstract class RunningAppFxTest extends FxRobot {

    @TempDir
    protected Path dir;

    protected Application app;
    private Locale systemLocale;

    @BeforeEach
    final void registerStageAndRememberLocale() throws Exception {
        systemLocale = Locale.getDefault();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    final void stopAppAndRestoreLocaleAndTheme() throws Exception {
        closeApp();
        FxToolkit.cleanupStages();
        Locale.setDefault(systemLocale);
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()))
                .get(5, TimeUnit.SECONDS);
    }

    /** Starts the app in English and {@code theme}, waits for the demo profiles, and gives its window the focus. */
    protected Stage startApp(Theme theme) throws Exception {
        new Appearance(theme, Locale.ENGLISH, Appearance.DEFAULT_FONT_SIZE).write(dir);
        return startApp();
    }

    /** Starts the app with whatever appearance the data folder holds. */
    protected Stage startApp() throws Exception {
        DataFolder folder = new DataFolder(dir);
        app = DesktopAppStarter.start(folder, AppServices.lock(folder));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !lookup("#profileTable").queryAs(TableView.class).getItems().isEmpty());
        Stage stage = (Stage) window(w -> w instanceof Stage s && s.getScene() != null && s.isShowing());
        WaitForAsyncUtils.asyncFx(stage::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Stops the app, releasing the data folder; the test may then open it itself. */
    protected void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
