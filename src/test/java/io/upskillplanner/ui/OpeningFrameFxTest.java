package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.help.WelcomeViewModel;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.Theme;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's first frame is the light opening frame; the full window and the data follow it. */
class OpeningFrameFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private DesktopApp app;
    private InstanceLock lock;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
        } else if (lock != null) {
            lock.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void firstFrameShowsTheOpeningLineThenTheFullWindowReplacesIt() throws Exception {
        new Appearance(Theme.DARK, Locale.ENGLISH, 18).write(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        DataFolder folder = new DataFolder(dir);
        lock = AppServices.lock(folder);
        // The welcome would cover what this test looks at.
        WelcomeViewModel.rememberChoice(folder.root(), false);
        DesktopApp.prepare(folder, lock);
        Parent[] first = new Parent[1];
        WritableImage[] picture = new WritableImage[1];
        double[] firstFontSize = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            app = new DesktopApp();
            app.start(stage);
            first[0] = stage.getScene().getRoot();
            // What the first pulse does before it draws.
            first[0].applyCss();
            firstFontSize[0] = ((Label) first[0].lookup("#openingLine")).getFont().getSize();
            picture[0] = stage.getScene().snapshot(null);
        }).get(30, TimeUnit.SECONDS);

        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(picture[0], null), "png",
                Path.of("target", "screenshots", "opening-frame-dark.png").toFile());
        assertThat(first[0].lookup("#profileTable")).isNull();
        assertThat(first[0].lookup("#navigation")).isNull();
        Label line = (Label) first[0].lookup("#openingLine");
        assertThat(line.getText()).isEqualTo(Messages.get("status.opening"));
        assertThat(firstFontSize[0]).isEqualTo(18);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getRoot() != first[0]
                && stage.getScene().getRoot().lookup("#profileTable") instanceof TableView<?> table
                && !table.getItems().isEmpty());
        Parent full = stage.getScene().getRoot();
        assertThat(full.lookup("#navigation")).isNotNull();
        assertThat(((Label) full.lookup(".app-title")).getFont().getSize()).as("the font size follows the swap")
                .isGreaterThan(18);
    }
}
