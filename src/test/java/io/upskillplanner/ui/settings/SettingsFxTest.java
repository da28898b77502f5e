package io.upskillplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import io.upskillplanner.ui.RunningAppFxTest;
import io.upskillplanner.ui.common.Messages;

import atlantafx.base.theme.PrimerDark;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen in the running app: theme and font size apply to the scene at once. */
class SettingsFxTest extends RunningAppFxTest {

    @Test
    void switchingToDarkAppliesTheDarkThemeToTheSceneAndIsRemembered() throws Exception {
        Stage stage = startApp();
        Scene scene = stage.getScene();
        double lightBackground = luminance(((Region) scene.getRoot()).getBackground().getFills().get(0).getFill());

        press(KeyCode.SHORTCUT, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#themeChoice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Theme> themes = lookup("#themeChoice").queryAs(ComboBox.class);
        interact(() -> themes.getSelectionModel().select(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        double darkBackground = luminance(((Region) scene.getRoot()).getBackground().getFills().get(0).getFill());
        assertThat(lightBackground).isGreaterThan(0.8);
        assertThat(darkBackground).isLessThan(0.2);
        assertThat(Appearance.read(dir).theme()).isEqualTo(Theme.DARK);
        snapshot(stage, "settings-dark");
    }

    @Test
    void theFontSizeSettingScalesTheWholeWindow() throws Exception {
        Stage stage = startApp();
        press(KeyCode.SHORTCUT, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#fontSizeSpinner").tryQuery().isPresent());
        Labeled title = lookup(".screen-title").queryAs(Labeled.class);
        double before = title.getFont().getSize();
        Spinner<?> spinner = lookup("#fontSizeSpinner").queryAs(Spinner.class);
        interact(() -> spinner.increment(4));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#fontSizeSpinner").queryAs(Spinner.class).getEditor().getFont().getSize()).isEqualTo(18);
        assertThat(title.getFont().getSize()).isGreaterThan(before);
        assertThat(Appearance.read(dir).fontSize()).isEqualTo(18);

        // Menus are windows of their own; they follow the setting too.
        clickOn(Messages.get("menu.file"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".context-menu .menu-item .label").tryQuery().isPresent());
        Labeled item = lookup(".context-menu .menu-item .label").queryAs(Labeled.class);
        assertThat(item.getFont().getSize()).isEqualTo(18);
        type(KeyCode.ESCAPE);
    }

    @Test
    void startsInTheRememberedLanguageAndTheme() throws Exception {
        new Appearance(Theme.DARK, Locale.GERMAN, 14).write(dir);
        Stage stage = startApp();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(lookup("#goalsButton").queryAs(Labeled.class).getText()).isEqualTo("Ziele");
        snapshot(stage, "de-dark-profiles");
        for (String[] screen : new String[][] {{"DIGIT2", "goals"}, {"DIGIT3", "catalog"}, {"DIGIT4", "compare"},
                {"DIGIT5", "reports"}, {"COMMA", "settings"}}) {
            KeyCode key = KeyCode.valueOf(screen[0]);
            press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
            Thread.sleep(1500);
            snapshot(stage, "de-dark-" + screen[1]);
            if (screen[1].equals("compare")) {
                // The charts sit below the table: scroll down to look at them in the dark theme too.
                lookup(".scroll-pane").queryAll().stream().filter(n -> n.isVisible() && n.getScene() != null)
                        .map(ScrollPane.class::cast).forEach(p -> interact(() -> p.setVvalue(1)));
                Thread.sleep(500);
                snapshot(stage, "de-dark-compare-charts");
            }
        }
    }

    private static double luminance(Paint paint) {
        Color color = (Color) paint;
        return 0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue();
    }

    private void snapshot(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
