package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.help.WelcomeViewModel;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real desktop app on a fresh data folder and looks at what a user sees. */
class MainWindowFxTest extends FxTestBase {

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !this.<Profile>table("#profileTable").getItems().isEmpty());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheDemoProfilesGoalsAndCatalog() throws Exception {
        Stage stage = (Stage) window(w -> w instanceof Stage s && "Upskill Planner".equals(s.getTitle()));
        assertThat(stage.isShowing()).isTrue();
        assertThat(this.<Profile>table("#profileTable").getItems()).extracting(Profile::name)
                .contains("Maya Lindqvist", "Daniel Okafor");
        ComboBox<?> switcher = lookup(".combo-box").queryAs(ComboBox.class);
        // The current profile is chosen once the profiles have loaded; under load that can trail the table.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> switcher.getValue() != null);
        snapshot(stage, "profiles");

        clickOn("Goals");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !this.<CandidateWithCredential>table("#candidateTable").getItems().isEmpty());
        assertThat(this.<CandidateWithCredential>table("#candidateTable").getItems()).hasSizeGreaterThanOrEqualTo(3);
        snapshot(stage, "goals");

        clickOn("Catalog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> this.<CatalogRow>table("#credentialTable").getItems().size() >= 40);
        snapshot(stage, "catalog");

        clickOn("#catalogSearch").write("welding");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> this.<CatalogRow>table("#credentialTable").getItems().size() < 40
                        && this.<CatalogRow>table("#credentialTable").getItems().stream().allMatch(r -> r.credential() != null));
        assertThat(lookup("#catalogSearch").queryAs(TextField.class).getText()).isEqualTo("welding");
        assertThat(this.<CatalogRow>table("#credentialTable").getItems()).isNotEmpty()
                .extracting(CatalogRow::credential)
                .allSatisfy(c -> assertThat(c.title() + c.providerName() + c.skills()).containsIgnoringCase("weld"));
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    /** Keeps a picture of the screen under target/screenshots, for people to look at. */
    private void snapshot(Window window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
