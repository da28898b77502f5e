package io.upskillplanner.ui;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The base of every TestFX class. The app and the screens change the JVM's default locale and the
 * theme; both are put back after each test, and its windows closed, since the tests share one JVM
 * and a German or dark leftover would change what the next test sees. An architecture test
 * checks that every {@code *FxTest} extends this.
 */
public abstract class FxTestBase extends FxRobot {

    private Locale systemLocale;

    @BeforeEach
    final void rememberLocaleAndRegisterStage() throws Exception {
        systemLocale = Locale.getDefault();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    final void closeWindowsAndRestoreLocaleAndTheme() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(systemLocale);
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()))
                .get(5, TimeUnit.SECONDS);
    }
}
