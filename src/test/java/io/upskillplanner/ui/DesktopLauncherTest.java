package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.ExitCode;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.ui.common.Messages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop start's decisions, without a display: a recording screen stands in for the dialogs. */
class DesktopLauncherTest {

    @TempDir
    Path dir;

    private final RecordingScreen screen = new RecordingScreen();

    @Test
    void aSecondInstanceIsRefusedWithADialogAndExitCodeFourWithoutTouchingTheDatabase() throws IOException {
        DataFolder folder = new DataFolder(dir).ensureExists();
        try (InstanceLock held = InstanceLock.tryAcquire(folder).orElseThrow()) {
            int code = DesktopLauncher.launch(folder, screen);

            assertThat(code).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
        }
        assertThat(screen.errors).singleElement().satisfies(error -> {
            assertThat(error.get(0)).isEqualTo(Messages.get("startup.inUse.title"));
            assertThat(error.get(1)).contains("in use by another running Upskill Planner");
        });
        assertThat(screen.appRuns).isZero();
        assertThat(folder.databaseFile()).doesNotExist();
    }

    @Test
    void aFreeFolderRunsTheAppHoldingTheLock() {
        DataFolder folder = new DataFolder(dir);
        screen.exitCode = ExitCode.OK;

        int code = DesktopLauncher.launch(folder, screen);

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(screen.appRuns).isOne();
        assertThat(screen.lockWasHeld).isTrue();
        assertThat(screen.errors).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedWithADialog() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        int code = DesktopLauncher.launch(new DataFolder(file), screen);

        assertThat(code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(screen.errors).singleElement().satisfies(e -> assertThat(e.get(1)).contains(file.toString()));
    }

    private static final class RecordingScreen implements StartupScreen {
        final List<List<String>> errors = new ArrayList<>();
        int appRuns;
        int exitCode;
        boolean lockWasHeld;

        @Override
        public void showError(String title, String message) {
            errors.add(List.of(title, message));
        }

        @Override
        public int runApp(DataFolder folder, InstanceLock lock) {
            appRuns++;
            try {
                lockWasHeld = InstanceLock.tryAcquire(folder).isEmpty();
                lock.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return exitCode;
        }
    }
}
