package io.upskillplanner.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import io.upskillplanner.ui.RunningAppFxTest;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome opens on a fresh data folder, stays away once dismissed, and comes back from Help. */
class WelcomeFxTest extends RunningAppFxTest {

    @Override
    protected boolean welcomeAtStart() {
        return true;
    }

    @Test
    void theWelcomeAppearsOnAFreshDataFolderAndNotAfterDismissal() throws Exception {
        startApp();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#welcomeDialog").tryQuery().isPresent());
        assertThat(lookup("#welcome .welcome-step").queryAll()).hasSize(4);
        assertThat(lookup("#removeSamplesButton").query().isDisabled()).as("the sample profiles are there").isFalse();
        clickOn("#dontShowAgainBox");
        clickOn("#welcomeStartButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#welcomeDialog").tryQuery().isEmpty());
        assertThat(WelcomeViewModel.showsAtStart(dir, true)).isFalse();

        closeApp();
        Stage stage = startApp();
        // The welcome would open right after the screens; give it the time it would take.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#welcomeDialog").tryQuery()).as("dismissed for good").isEmpty();

        // Help > Welcome reopens it, with the choice shown.
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem welcome = menus.getMenus().get(menus.getMenus().size() - 1).getItems().get(0);
        WaitForAsyncUtils.asyncFx(welcome::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#welcomeDialog").tryQuery().isPresent());
        assertThat(lookup("#dontShowAgainBox").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(stage.isShowing()).isTrue();
    }
}
