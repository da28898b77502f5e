package io.upskillplanner.ui;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.RecoveryNeededException;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.ui.backups.BackupOperations;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.FxDialogService;
import io.upskillplanner.ui.common.FxTaskRunner;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.failure.UncaughtFailures;
import io.upskillplanner.ui.help.WelcomeViewModel;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.main.MainWindowView;
import io.upskillplanner.ui.main.MainWindowViewModel;
import io.upskillplanner.ui.main.OpeningFrame;
import io.upskillplanner.ui.reports.DocumentOpener;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.FontSizeStyle;
import io.upskillplanner.ui.settings.SettingsContext;
import io.upskillplanner.ui.settings.WindowMemory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows at once; the database opens (and on first start
 * seeds the demo data) on a background thread, and the screens fill in when it is ready. A
 * damaged or missing database brings up a dialog instead of an error. Closing the window, Quit
 * and SIGTERM all end in {@link AppServices#close()}, which shuts H2 down cleanly, once.
 */
public final class DesktopApp extends Application {

    private static DataFolder folder;
    private static InstanceLock lock;
    private static Optional<ServerDatabase> server = Optional.empty();
    private static volatile int exitCode = ExitCode.OK;

    private final AtomicReference<AppServices> services = new AtomicReference<>();
    private Stage stage;
    private UncaughtFailures failures;
    private MainWindowViewModel viewModel;
    private WindowMemory.Tracker windowTracker;

    static void prepare(DataFolder dataFolder, InstanceLock instanceLock) {
        prepare(dataFolder, instanceLock, Optional.empty());
    }

    static void prepare(DataFolder dataFolder, InstanceLock instanceLock, Optional<ServerDatabase> serverDatabase) {
        folder = dataFolder;
        lock = instanceLock;
        server = serverDatabase;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        failures = UncaughtFailures.install(UncaughtFailures.defaultLogFile());
        // A few hundred bytes from a file: the first frame is in the chosen theme, language and size
        // without waiting for the database.
        Appearance initial = Appearance.read(folder.root());
        initial.applyLanguage();
        initial.applyTheme();
        ObjectProperty<Appearance> appearance = new SimpleObjectProperty<>(initial);
        DocumentOpener.useHostServices(getHostServices());
        MainWindowViewModel viewModel = new MainWindowViewModel();
        viewModel.useSettings(new SettingsContext(folder.root(), appearance,
                DocumentOpener.system()));
        // No app style sheet and no font-size sheet yet: the CSS parser alone costs a cold JVM about
        // 100 ms. The opening frame sets its fonts in code; both sheets come with the full window.
        Optional<WindowMemory> remembered = WindowMemory.read(folder.root());
        Rectangle2D first = WindowMemory.firstStart(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(OpeningFrame.create(viewModel.startupStatusProperty(), initial.fontSize()),
                first.getWidth(), first.getHeight());
        appearance.addListener((obs, old, changed) -> changed.applyTheme());
        stage.setTitle(viewModel.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (remembered.isPresent()) {
            remembered.get().applyTo(stage);
        } else {
            stage.setX(first.getMinX());
            stage.setY(first.getMinY());
        }
        viewModel.preferProfile(remembered.flatMap(WindowMemory::lastProfile));
        stage.show();
        this.stage = stage;
        this.viewModel = viewModel;
        windowTracker = new WindowMemory.Tracker(stage, remembered.map(WindowMemory::bounds));

        // The first frame is on screen after this pulse; then the full window replaces it while the
        // database opens on another thread.
        Runnable[] afterFirstFrame = new Runnable[1];
        afterFirstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstFrame[0]);
            Platform.runLater(() -> {
                runOpener(() -> openStore(viewModel, false));
                scene.getStylesheets().add(MainWindowView.class.getResource("main.css").toExternalForm());
                scene.setRoot(new MainWindowView(viewModel).load());
                FontSizeStyle.install(appearance);
            });
        };
        scene.addPostLayoutPulseListener(afterFirstFrame[0]);
    }

    private void openStore(MainWindowViewModel viewModel, boolean startEmpty) {
        try {
            AppServices opened = AppServices.open(folder, lock, server, startEmpty);
            services.set(opened);
            if (!opened.database().shared()) {
                viewModel.setBackupOperations(BackupOperations.of(opened));
            }
            viewModel.setWelcomeAtStart(WelcomeViewModel.showsAtStart(folder.root(), opened.seededDemoData()));
            String location = server.map(ServerDatabase::toString).orElse(folder.root().toString());
            Platform.runLater(() -> viewModel.storeReady(
                    new AppState(opened.store(), new FxTaskRunner(opened.dbExecutor())), location));
            // The window is already on screen: the daily backup never delays the first frame.
            opened.dbExecutor().submit(opened::dailyBackupIfDue).whenComplete((backup, error) -> {
                if (error != null) {
                    log().warn("The daily backup failed", error);
                    Platform.runLater(() -> {
                        if (viewModel.state() != null) {
                            viewModel.state().setStatus(Messages.get("status.backupFailed", error.getMessage()));
                        }
                    });
                }
            });
        } catch (RecoveryNeededException e) {
            log().warn("The database needs recovery: {}", e.getMessage());
            Platform.runLater(() -> askForRecovery(viewModel, StartupRecovery.of(e)));
        } catch (RuntimeException e) {
            log().error("Cannot open the data folder {}", folder.root(), e);
            exitCode = ExitCode.FAILURE;
            Platform.runLater(() -> {
                viewModel.storeFailed(e.getMessage());
                dialogs().showError(Messages.get("startup.failed.title"), Messages.get("startup.failed.title"),
                        e.getMessage(), Optional.empty());
                Platform.exit();
            });
        }
    }

    /** The dialog for a damaged or missing database: restore the latest backup, start empty, or quit. */
    private void askForRecovery(MainWindowViewModel viewModel, StartupRecovery recovery) {
        viewModel.storeFailed(recovery.title());
        StartupRecovery.Choice choice = dialogs().choose("recoveryDialog", recovery.title(), recovery.message(),
                recovery.choices(), StartupRecovery::label, StartupRecovery.Choice.RESTORE_LATEST,
                StartupRecovery.Choice.QUIT);
        switch (choice) {
            case RESTORE_LATEST -> {
                viewModel.storeFailed(Messages.get("recovery.restoring"));
                runOpener(() -> {
                    try {
                        new BackupService(folder).restoreUnopened(recovery.latest().orElseThrow().file(), new CancelFlag());
                    } catch (RuntimeException e) {
                        log().error("Restoring the latest backup failed", e);
                    }
                    openStore(viewModel, false);
                });
            }
            case START_EMPTY -> runOpener(() -> {
                try {
                    new BackupService(folder).setAsideDamaged();
                } catch (RuntimeException e) {
                    log().error("Could not set the damaged database aside", e);
                }
                openStore(viewModel, true);
            });
            case QUIT -> {
                exitCode = ExitCode.FAILURE;
                Platform.exit();
            }
        }
    }

    /** Dialogs over the window, or on their own while it is not showing. */
    private DialogService dialogs() {
        return new FxDialogService(() -> stage);
    }

    private static void runOpener(Runnable work) {
        Thread opener = new Thread(work, "open-store");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public void stop() {
        if (failures != null) {
            failures.uninstall();
        }
        FontSizeStyle.uninstall();
        rememberWindow();
        AppServices opened = services.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }

    /** Where the window is and whom it plans for, for the next start; a failure only costs that. */
    private void rememberWindow() {
        if (windowTracker == null) {
            return;
        }
        AppState state = viewModel.state();
        Optional<UUID> profile = Optional.ofNullable(state == null ? null : state.currentProfile()).map(Profile::id);
        try {
            windowTracker.memory(profile).write(folder.root());
        } catch (IOException | RuntimeException e) {
            log().warn("Could not remember the window's placement", e);
        }
    }

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }
}
