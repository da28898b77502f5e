package io.upskillplanner.ui.settings;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The font-size setting for every window of the app, not only the main one: dialogs, menus,
 * drop-down lists and tooltips are windows of their own, and an inline style on the main
 * window's root does not reach them. Each window's scene gets a one-rule style sheet setting
 * the size on its root; the app's CSS is in em, so everything scales from there.
 */
public final class FontSizeStyle {

    private static final String PREFIX = "data:text/css,";

    /**
     * The installation whose listeners act; the others do nothing. Windows outlive an app
     * instance (a test runs several on one reused primary stage), so the listeners of a stopped
     * one must not size the next one's windows.
     */
    private static volatile Object current;

    private FontSizeStyle() {
    }

    /** Keeps the size on every window, present and future, in step with {@code appearance}. Call on the FX thread. */
    public static void install(ObservableValue<Appearance> appearance) {
        Object installation = new Object();
        current = installation;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next() && current == installation) {
                for (Window window : change.getAddedSubList()) {
                    apply(window.getScene(), appearance.getValue().fontSize());
                    window.sceneProperty().addListener((obs, old, scene) -> {
                        if (current == installation) {
                            apply(scene, appearance.getValue().fontSize());
                        }
                    });
                }
            }
        });
        appearance.addListener((obs, old, changed) -> {
            if (current == installation && (old == null || old.fontSize() != changed.fontSize())) {
                List.copyOf(Window.getWindows()).forEach(w -> apply(w.getScene(), changed.fontSize()));
            }
        });
        List.copyOf(Window.getWindows()).forEach(w -> apply(w.getScene(), appearance.getValue().fontSize()));
    }

    /** Stops the installed listeners from sizing windows: the app that installed them has stopped. */
    public static void uninstall() {
        current = null;
    }

    /** Sets the size on one scene, replacing the size set before. */
    public static void apply(Scene scene, int fontSize) {
        if (scene == null) {
            return;
        }
        String sheet = stylesheet(fontSize);
        if (scene.getStylesheets().contains(sheet)) {
            return;
        }
        scene.getStylesheets().removeIf(s -> s.startsWith(PREFIX));
        scene.getStylesheets().add(sheet);
    }

    static String stylesheet(int fontSize) {
        // A data URI needs no file; '%20' and friends are avoided by writing the rule without spaces.
        return PREFIX + ".root{-fx-font-size:" + fontSize + "px;}";
    }
}
