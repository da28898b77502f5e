package io.upskillplanner.ui.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;

import io.upskillplanner.ui.RunningAppFxTest;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A failure nobody caught, on the JavaFX thread or on a worker, is never silent in the running app:
 * a dialog says what failed, that nothing was lost and where the log is, and Copy details puts the
 * stack trace on the clipboard.
 */
class UncaughtFailuresFxTest extends RunningAppFxTest {

    @Test
    void failureOnTheFxThreadShowsTheDialogAndCopiesTheDetails() throws Exception {
        startApp(Theme.LIGHT);

        Platform.runLater(() -> {
            throw new IllegalStateException("provoked on the FX thread");
        });

        DialogPane dialog = waitForFailureDialog();
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(dialog.getContentText())
                .contains("IllegalStateException: provoked on the FX thread")
                .contains("Nothing was lost")
                .contains(UncaughtFailures.defaultLogFile().toString());

        Button copy = lookup("#copyDetailsButton").queryAs(Button.class);
        WaitForAsyncUtils.asyncFx(copy::fire).get(5, TimeUnit.SECONDS);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).contains("Upskill Planner").contains("Thread: JavaFX Application Thread")
                .contains("java.lang.IllegalStateException: provoked on the FX thread")
                .contains("UncaughtFailuresFxTest");
        assertThat(copy.getText()).isEqualTo("Copied");
        assertThat(lookup("#failureDialog").tryQuery()).as("Copy details keeps the dialog open").isPresent();

    }

    @Test
    void failureOnAWorkerThreadShowsTheDialog() throws Exception {
        startApp(Theme.DARK);

        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("provoked on a worker");
        }, "test-worker");
        worker.start();
        worker.join();

        DialogPane dialog = waitForFailureDialog();
        assertThat(dialog.getContentText()).contains("IllegalArgumentException: provoked on a worker");
        assertThat(((javafx.scene.control.TextArea) dialog.getExpandableContent()).getText())
                .contains("Thread: test-worker");
    }

    private DialogPane waitForFailureDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#failureDialog").tryQuery().isPresent());
        return lookup("#failureDialog").queryAs(DialogPane.class);
    }

    /** The dialog waits in a nested event loop; the app cannot stop while it is open. */
    @AfterEach
    void closeFailureDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> lookup("#failureDialog").queryAllAs(DialogPane.class)
                .forEach(pane -> pane.getScene().getWindow().hide())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
