package io.upskillplanner.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the main window was and whom it was planning for when the app last closed: its normal
 * (not maximised) bounds, whether it was maximised, and the current profile. Kept in the
 * appearance file, beside theme, language and font size, because the window is placed before the
 * database opens.
 */
public record WindowMemory(Rectangle2D bounds, boolean maximized, Optional<UUID> lastProfile) {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String LAST_PROFILE = "lastProfile";
    /** How much of a remembered window must lie on a screen to be put back there. */
    private static final double VISIBLE_PART = 80;

    /** The window's size on a first start, where the screen has room for it. */
    public static final double FIRST_WIDTH = 1200;
    public static final double FIRST_HEIGHT = 760;

    /**
     * The size of a window nothing remembers, on a screen with this visual area: the usual size,
     * or the whole area where that is smaller (a 1024 x 700 screen must not cut the window off).
     */
    public static Rectangle2D firstStart(Rectangle2D area) {
        double width = Math.min(FIRST_WIDTH, area.getWidth());
        double height = Math.min(FIRST_HEIGHT, area.getHeight());
        return new Rectangle2D(area.getMinX() + (area.getWidth() - width) / 2,
                area.getMinY() + (area.getHeight() - height) / 2, width, height);
    }

    /** What the file remembers; nothing when it holds no window placement or a damaged one. */
    public static Optional<WindowMemory> read(Path folder) {
        try {
            Properties properties = AppearanceFile.load(folder);
            if (properties.getProperty(WIDTH) == null) {
                return Optional.empty();
            }
            Rectangle2D bounds = new Rectangle2D(number(properties, X), number(properties, Y),
                    number(properties, WIDTH), number(properties, HEIGHT));
            String profile = properties.getProperty(LAST_PROFILE, "").strip();
            return Optional.of(new WindowMemory(bounds, Boolean.parseBoolean(properties.getProperty(MAXIMIZED)),
                    profile.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(profile))));
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Ignoring an unreadable window placement in {}", folder.resolve(Appearance.FILE_NAME), e);
            return Optional.empty();
        }
    }

    private static double number(Properties properties, String key) {
        double value = Double.parseDouble(properties.getProperty(key, "").strip());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        return value;
    }

    /** Writes the placement, keeping theme, language and font size in the file. */
    public void write(Path folder) throws IOException {
        AppearanceFile.update(folder, properties -> {
            properties.setProperty(X, Double.toString(bounds.getMinX()));
            properties.setProperty(Y, Double.toString(bounds.getMinY()));
            properties.setProperty(WIDTH, Double.toString(bounds.getWidth()));
            properties.setProperty(HEIGHT, Double.toString(bounds.getHeight()));
            properties.setProperty(MAXIMIZED, Boolean.toString(maximized));
            lastProfile.ifPresentOrElse(id -> properties.setProperty(LAST_PROFILE, id.toString()),
                    () -> properties.remove(LAST_PROFILE));
        });
    }

    /**
     * Puts the window back where it was, as long as enough of that place is on a screen that is
     * still there (a laptop taken off its second monitor opens on the one it has), and never
     * larger than that screen.
     */
    public void applyTo(Stage stage) {
        Optional<Rectangle2D> screen = Screen.getScreensForRectangle(bounds).stream()
                .map(Screen::getVisualBounds)
                .filter(area -> overlap(area, bounds) >= VISIBLE_PART)
                .findFirst();
        if (screen.isPresent()) {
            Rectangle2D area = screen.get();
            double width = Math.min(Math.max(bounds.getWidth(), stage.getMinWidth()), area.getWidth());
            double height = Math.min(Math.max(bounds.getHeight(), stage.getMinHeight()), area.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(Math.max(area.getMinX(), Math.min(bounds.getMinX(), area.getMaxX() - width)));
            stage.setY(Math.max(area.getMinY(), Math.min(bounds.getMinY(), area.getMaxY() - height)));
        }
        stage.setMaximized(maximized);
    }

    private static double overlap(Rectangle2D area, Rectangle2D window) {
        double width = Math.min(area.getMaxX(), window.getMaxX()) - Math.max(area.getMinX(), window.getMinX());
        double height = Math.min(area.getMaxY(), window.getMaxY()) - Math.max(area.getMinY(), window.getMinY());
        return Math.min(width, height);
    }

    /**
     * Follows a stage's normal bounds: a maximised window reports the screen's bounds, and those
     * are not what it should return to when un-maximised after the next start.
     */
    public static final class Tracker {

        private final Stage stage;
        private Rectangle2D normal;

        /** Starts following; {@code remembered} is the normal placement when the window opens maximised. */
        public Tracker(Stage stage, Optional<Rectangle2D> remembered) {
            this.stage = stage;
            this.normal = stage.isMaximized() && remembered.isPresent() ? remembered.get() : current();
            stage.xProperty().addListener(obs -> follow());
            stage.yProperty().addListener(obs -> follow());
            stage.widthProperty().addListener(obs -> follow());
            stage.heightProperty().addListener(obs -> follow());
        }

        private void follow() {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal = current();
            }
        }

        private Rectangle2D current() {
            return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }

        /** The placement to remember now, with the profile being planned for. */
        public WindowMemory memory(Optional<UUID> lastProfile) {
            return new WindowMemory(normal, stage.isMaximized(), lastProfile);
        }
    }

    /** Looked up on use: logging starts after the first frame, not on the way to it. */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowMemory.class);
    }
}
