package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens where it was closed, as large, maximised or not, planning for the same profile. */
class WindowMemoryFxTest extends RunningAppFxTest {

    private Stage stage;

    @AfterEach
    void putTheSharedWindowBack() {
        // The primary stage outlives this test: later tests expect it normal and at its usual size.
        if (stage != null) {
            interact(() -> {
                stage.setMaximized(false);
                stage.setWidth(1200);
                stage.setHeight(760);
            });
        }
    }

    @Test
    void aRestartRestoresSizePositionAndTheLastProfile() throws Exception {
        stage = startApp(Theme.LIGHT);
        Profile second = switcher().getItems().get(1);
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
            switcher().setValue(second);
        });
        closeApp();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1300);
            stage.setHeight(800);
        });

        stage = startApp();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.equals(switcher().getValue()));
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(40, 30, 1100, 720);
        assertThat(stage.isMaximized()).isFalse();
    }

    @Test
    void aMaximisedWindowOpensMaximisedAndUnmaximisesToItsNormalSize() throws Exception {
        stage = startApp(Theme.LIGHT);
        interact(() -> {
            stage.setX(20);
            stage.setY(10);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        interact(() -> stage.setMaximized(true));
        closeApp();
        interact(() -> stage.setMaximized(false));

        stage = startApp();

        assertThat(stage.isMaximized()).isTrue();
        interact(() -> stage.setMaximized(false));
        assertThat(new double[] {stage.getWidth(), stage.getHeight()}).containsExactly(1024, 700);
    }

    private ComboBox<Profile> switcher() {
        return lookup("#profileSwitcher").query();
    }
}
