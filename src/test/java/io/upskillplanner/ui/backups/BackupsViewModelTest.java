package io.upskillplanner.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.TrustData;
import io.upskillplanner.ui.common.TaskRunner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups screen's logic over a real data folder, with work run at once and a scripted confirmation. */
class BackupsViewModelTest {

    @TempDir
    Path dir;

    private AppServices app;
    private boolean agree;
    private final AtomicInteger reloads = new AtomicInteger();
    private BackupsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = AppServices.open(new DataFolder(dir));
        BackupOperations operations = BackupOperations.of(app);
        viewModel = new BackupsViewModel(operations, TaskRunner.DIRECT, (title, question) -> agree, reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void createAddsARowWithDateReasonAndSize() {
        viewModel.reload();
        assertThat(viewModel.backups()).isEmpty();

        viewModel.create();

        assertThat(viewModel.backups()).singleElement().satisfies(row -> {
            assertThat(row.reason()).isEqualTo("Made by hand");
            assertThat(row.size()).matches("[\\d.,]+ (B|KB|MB)");
            assertThat(row.date()).isNotBlank();
        });
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).contains("created");
    }

    @Test
    void restoreDoesNothingUnlessTheUserConfirms() {
        viewModel.create();
        app.store().profiles().save(TrustData.profile(UUID.randomUUID(), "Added Later"));
        agree = false;

        viewModel.restore(viewModel.backups().get(0));

        assertThat(names()).contains("Added Later");
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aConfirmedRestoreReplacesTheDataKeepsABackupOfItAndReloadsTheScreens() {
        viewModel.create();
        app.store().profiles().save(TrustData.profile(UUID.randomUUID(), "Added Later"));
        agree = true;

        viewModel.restore(viewModel.backups().get(0));

        assertThat(names()).doesNotContain("Added Later").contains("Maya Lindqvist");
        assertThat(reloads).hasValue(1);
        assertThat(viewModel.backups()).extracting(BackupRow::reason).contains("Before a restore");
        assertThat(viewModel.statusProperty().get()).contains("Restored");
    }

    private List<String> names() {
        return app.store().profiles().list().stream().map(Profile::name).toList();
    }
}
