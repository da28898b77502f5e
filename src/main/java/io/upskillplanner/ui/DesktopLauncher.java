package io.upskillplanner.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;

import javafx.application.Application;
import javafx.application.Platform;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.ui.common.FxDialogService;
import io.upskillplanner.ui.common.Messages;

import atlantafx.base.theme.PrimerLight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the desktop app on a data folder, refusing politely when another instance has it. */
public final class DesktopLauncher {


    private DesktopLauncher() {
    }

    /** Runs the app until its window closes and returns the process exit code. */
    public static int launch(DataFolder folder) {
        return launch(folder, Optional.empty());
    }

    /** Runs the app on the folder's database, or on a shared server when one is given. */
    public static int launch(DataFolder folder, Optional<ServerDatabase> server) {
        return launch(folder, new FxStartupScreen(server));
    }

    /** The decision, apart from the display: lock the folder or refuse, then run. */
    static int launch(DataFolder folder, StartupScreen screen) {
        InstanceLock lock;
        try {
            lock = AppServices.lock(folder);
        } catch (DataFolderInUseException e) {
            System.err.println("Error: " + e.getMessage());
            screen.showError(Messages.get("startup.inUse.title"), e.getMessage());
            return ExitCode.DATA_FOLDER_IN_USE;
        } catch (IOException e) {
            String message = Messages.get("startup.folderUnusable", folder.root(), e.getMessage());
            System.err.println("Error: " + message);
            screen.showError(Messages.get("startup.failed.title"), message);
            return ExitCode.INPUT_REJECTED;
        }
        return screen.runApp(folder, lock);
    }

    /** The real screen: JavaFX dialogs and the application. */
    private static final class FxStartupScreen implements StartupScreen {

        private final Optional<ServerDatabase> server;

        FxStartupScreen(Optional<ServerDatabase> server) {
            this.server = server;
        }

        /** A dialog on its own, for failures before the main window exists; silent where there is no display. */
        @Override
        public void showError(String title, String message) {
            CountDownLatch shown = new CountDownLatch(1);
            try {
                Platform.startup(() -> { });
                Platform.runLater(() -> {
                    try {
                        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                        new FxDialogService(() -> null).showError(title, title, message, Optional.empty());
                    } finally {
                        shown.countDown();
                    }
                });
                shown.await();
            } catch (RuntimeException | InterruptedException | Error e) {
                log().warn("Could not show the startup dialog: {}", e.toString());
            } finally {
                Platform.exit();
            }
        }

        @Override
        public int runApp(DataFolder folder, InstanceLock lock) {
            checkModuleAccess();
            quietClassPathWarning();
            DesktopApp.prepare(folder, lock, server);
            try {
                Application.launch(DesktopApp.class);
            } catch (RuntimeException e) {
                // Typically no display, or no GTK 3 on Linux: say so instead of a stack trace.
                log().error("The desktop app could not start", e);
                System.err.println("Error: " + Messages.get("startup.noDisplay", e.getMessage()));
                return ExitCode.FAILURE;
            }
            return DesktopApp.exitCode();
        }
    }

    /** A start that lacks the options ControlsFX needs says so at once, not at the first dialog. */
    private static void checkModuleAccess() {
        List<String> missing = ModuleAccess.missingFor(DesktopLauncher.class.getModule());
        if (!missing.isEmpty()) {
            String message = Messages.get("startup.moduleAccess", String.join(" ", missing));
            System.err.println("Error: " + message);
            log().error(message);
        }
    }

    /**
     * The jar and the app image carry JavaFX on the class path, the configuration our tests run and
     * the JavaFX docs call unsupported; JavaFX says so on every start, to a console nobody reads.
     */
    private static void quietClassPathWarning() {
        if (!javafx.application.Platform.class.getModule().isNamed()) {
            // A filter on this logger alone: its children (CSS, controls) still report as before.
            JAVAFX_LOGGER.setFilter(entry -> entry.getLevel().intValue() > Level.WARNING.intValue()
                    || entry.getMessage() == null || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
        }
    }

    /** Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopLauncher.class);
    }
}
