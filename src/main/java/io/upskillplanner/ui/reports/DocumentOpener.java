package io.upskillplanner.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.HostServices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a finished report in the system's PDF viewer: through JavaFX's host services when the
 * app has registered them, else through AWT's desktop where the platform supports it.
 */
public final class DocumentOpener {

    private static volatile HostServices hostServices;

    private DocumentOpener() {
    }

    /** Called once by the application, which is the only one that has host services. */
    public static void useHostServices(HostServices services) {
        hostServices = services;
    }

    public static Consumer<Path> system() {
        return DocumentOpener::open;
    }

    private static void open(Path file) {
        HostServices services = hostServices;
        if (services != null) {
            services.showDocument(file.toUri().toString());
            return;
        }
        // Desktop.open can block while the viewer starts; keep it off the FX thread.
        Thread opener = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                } else {
                    log().warn("No way to open {} in a viewer on this system", file);
                }
            } catch (IOException | RuntimeException e) {
                log().warn("Cannot open {} in a viewer: {}", file, e.getMessage());
            }
        }, "open-report");
        opener.setDaemon(true);
        opener.start();
    }

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(DocumentOpener.class);
    }
}
