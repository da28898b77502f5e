package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.Theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app driven by the keyboard alone: shortcuts, mnemonics, Tab, arrows and Enter; never a click. */
class KeyboardOnlyFxTest extends FxRobot {

    @TempDir
    Path dir;

    private Application app;
    private Locale systemLocale;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        systemLocale = Locale.getDefault();
        new Appearance(Theme.LIGHT, Locale.ENGLISH, Appearance.DEFAULT_FONT_SIZE).write(dir);
        FxToolkit.registerPrimaryStage();
        DataFolder folder = new DataFolder(dir);
        app = DesktopAppStarter.start(folder, AppServices.lock(folder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !lookup("#profileTable").queryAs(TableView.class).getItems().isEmpty());
        stage = (Stage) window(w -> w instanceof Stage s && s.getScene() != null && s.isShowing());
        WaitForAsyncUtils.asyncFx(stage::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Locale.setDefault(systemLocale);
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()))
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void everyScreenOpensFromTheKeyboard() throws Exception {
        String[][] screens = {{"DIGIT2", "#goalsButton"}, {"DIGIT3", "#catalogButton"}, {"DIGIT4", "#compareButton"},
            {"DIGIT5", "#reportsButton"}, {"COMMA", "#settingsButton"}, {"DIGIT1", "#profilesButton"}};
        for (String[] screen : screens) {
            shortcut(KeyCode.valueOf(screen[0]));
            ToggleButton button = lookup(screen[1]).queryAs(ToggleButton.class);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, button::isSelected);
        }
    }

    @Test
    void settingsChangeWithMnemonicsArrowsAndEnter() throws Exception {
        shortcut(KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#themeChoice").tryQuery().isPresent());
        ComboBox<?> themes = lookup("#themeChoice").queryAs(ComboBox.class);

        // Alt+T: the "Theme" label's mnemonic moves the focus to the theme list.
        press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, themes::isFocused);
        type(KeyCode.F4);
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> themes.getValue() == Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        // Tab order: theme, language, font size.
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        Spinner<?> size = lookup("#fontSizeSpinner").queryAs(Spinner.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedIsInside(size));
        type(KeyCode.UP);
        type(KeyCode.UP);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> stage.getScene().getRoot().getStyle().contains(Appearance.DEFAULT_FONT_SIZE + 2 + "px"));

        // Alt+C moves to the counselor name; Enter presses the default button, Save.
        press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        write("Jana Berger");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Appearance.read(dir).theme() == Theme.DARK);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#messageLabel").queryLabeled().getText().isEmpty());
        assertThat(Appearance.read(dir).fontSize()).isEqualTo(Appearance.DEFAULT_FONT_SIZE + 2);
    }

    private boolean focusedIsInside(Node container) {
        Node focused = stage.getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
