package io.upskillplanner.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;

/**
 * One start for the first-frame benchmark, in a JVM of its own. {@code bare} shows an empty
 * window of the main window's size; {@code app DIR} starts the real app on a data folder. Both
 * start the toolkit the same way and print the milliseconds from JVM start to the first pulse
 * after {@code stage.show()} (layout done, frame handed to the renderer); the app also prints
 * when the full window (menus, navigation, status bar) has replaced the opening frame and when
 * the demo profiles are on screen.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean app = args[0].equals("app");
        if (app) {
            DataFolder folder = new DataFolder(Path.of(args[1]));
            DesktopApp.prepare(folder, AppServices.lock(folder));
        }
        Platform.startup(() -> {
            Stage stage = new Stage();
            try {
                if (app) {
                    new DesktopApp().start(stage);
                } else {
                    stage.setTitle("bare");
                    stage.setScene(new Scene(new StackPane(), 1200, 760));
                    stage.show();
                }
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
            Scene scene = stage.getScene();
            Runnable[] listener = new Runnable[1];
            boolean[] framed = {false};
            boolean[] whole = {false};
            listener[0] = () -> {
                if (!framed[0]) {
                    framed[0] = true;
                    System.out.println("FIRST_FRAME_MS=" + sinceJvmStart());
                    if (!app) {
                        System.exit(0);
                    }
                }
                if (!whole[0] && scene.lookup("#navigation") != null) {
                    whole[0] = true;
                    System.out.println("WINDOW_READY_MS=" + sinceJvmStart());
                }
                if (scene.lookup("#profileTable") instanceof TableView<?> table && !table.getItems().isEmpty()) {
                    System.out.println("DATA_READY_MS=" + sinceJvmStart());
                    scene.removePostLayoutPulseListener(listener[0]);
                    System.exit(0);
                }
                Platform.requestNextPulse();
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
