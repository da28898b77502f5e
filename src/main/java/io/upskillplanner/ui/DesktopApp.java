package io.upskillplanner.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.cli.ExitCode;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.ui.common.FxTaskRunner;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.main.MainWindowView;
import io.upskillplanner.ui.main.MainWindowViewModel;
import io.upskillplanner.ui.reports.DocumentOpener;

import atlantafx.base.theme.PrimerLight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows at once; the database opens (and on first start
 * seeds the demo data) on a background thread, and the screens fill in when it is ready.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static DataFolder folder;
    private static InstanceLock lock;
    private static Optional<ServerDatabase> server = Optional.empty();
    private static volatile int exitCode = ExitCode.OK;

    private final AtomicReference<AppServices> services = new AtomicReference<>();

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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DocumentOpener.useHostServices(getHostServices());
        MainWindowViewModel viewModel = new MainWindowViewModel();
        Parent root = new MainWindowView(viewModel).load();
        Scene scene = createScene(root);
        stage.setTitle(viewModel.windowTitle());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();

        Thread opener = new Thread(() -> openStore(viewModel), "open-store");
        opener.setDaemon(true);
        opener.start();
    }

    /** The scene with the app's own style sheet over the theme. */
    public static Scene createScene(Parent root) {
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(MainWindowView.class.getResource("main.css").toExternalForm());
        return scene;
    }

    private void openStore(MainWindowViewModel viewModel) {
        try {
            AppServices opened = AppServices.open(folder, lock, server);
            services.set(opened);
            String location = server.map(ServerDatabase::toString).orElse(folder.root().toString());
            Platform.runLater(() -> viewModel.storeReady(
                    new AppState(opened.store(), new FxTaskRunner(opened.dbExecutor())), location));
        } catch (RuntimeException e) {
            LOG.error("Cannot open the data folder {}", folder.root(), e);
            exitCode = ExitCode.FAILURE;
            Platform.runLater(() -> {
                viewModel.storeFailed(e.getMessage());
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setTitle(Messages.get("startup.failed.title"));
                alert.setHeaderText(Messages.get("startup.failed.title"));
                alert.showAndWait();
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        AppServices opened = services.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }
}
