package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.help.WelcomeViewModel;
import io.upskillplanner.ui.reports.GoalChoice;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app's Reports screen: the current profile, its goals ticked, every section offered. */
class ReportsScreenFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private DesktopApp app;

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        DataFolder folder = new DataFolder(dir);
        // The welcome would cover the window this test drives.
        WelcomeViewModel.rememberChoice(folder.root(), false);
        DesktopApp.prepare(folder, AppServices.lock(folder));
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsScreenOffersTheCurrentProfilesGoalsAndEverySection() throws Exception {
        Stage stage = (Stage) window(w -> w instanceof Stage s && "Upskill Planner".equals(s.getTitle()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup(".combo-box").queryAs(ComboBox.class).getValue() != null);
        Profile current = (Profile) lookup(".combo-box").queryAs(ComboBox.class).getValue();

        clickOn("Reports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#reportGoals").queryAs(ListView.class).getItems().isEmpty());

        assertThat(((Profile) lookup("#reportProfile").queryAs(ComboBox.class).getValue()).id()).isEqualTo(current.id());
        ListView<GoalChoice> goals = lookup("#reportGoals").queryAs(ListView.class);
        assertThat(goals.getItems()).allMatch(GoalChoice::isSelected);
        assertThat(lookup(".check-box").queryAllAs(CheckBox.class)).hasSizeGreaterThanOrEqualTo(11)
                .allMatch(CheckBox::isSelected);
        assertThat(lookup("#reportExport").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(lookup("#reportOpen").queryAs(Button.class).isVisible()).isFalse();

        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("reports.png").toFile());
    }
}
