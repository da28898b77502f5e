package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.help.WelcomeViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database at start: the app offers the latest backup, restores it on request and carries on. */
class RecoveryDialogFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private DesktopApp app;

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aDamagedDatabaseOffersTheLatestBackupAndRestoresIt() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppServices services = AppServices.open(folder)) {
            services.backup(BackupReason.MANUAL);
        }
        byte[] garbage = "damaged".repeat(3000).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        FxToolkit.registerPrimaryStage();
        // The welcome would cover what this test looks at.
        WelcomeViewModel.rememberChoice(folder.root(), false);
        DesktopApp.prepare(folder, AppServices.lock(folder));
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#recoveryDialog").tryQuery().isPresent());
        assertThat(lookup(".content.label").queryLabeled().getText()).contains(folder.databaseFile().toString(),
                folder.backups().toString());

        clickOn("Restore the latest backup");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !lookup("#profileTable").<TableView<Profile>>query().getItems().isEmpty());
        assertThat(lookup("#profileTable").<TableView<Profile>>query().getItems()).extracting(Profile::name)
                .contains("Maya Lindqvist");
        try (var aside = Files.list(folder.root().resolve("damaged"))) {
            assertThat(Files.readAllBytes(aside.findFirst().orElseThrow())).isEqualTo(garbage);
        }
    }
}
