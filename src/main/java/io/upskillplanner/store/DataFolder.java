package io.upskillplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.upskillplanner.domain.ErrorText;

/** The folder that holds the database, backups, logs and the instance lock. */
public record DataFolder(Path root) {

    public static final String HOME_VARIABLE = "UPSKILL_PLANNER_HOME";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The folder to use: the explicit one if given, else {@code UPSKILL_PLANNER_HOME}, else the
     * platform's usual place for application data.
     */
    public static DataFolder resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new DataFolder(explicit);
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new DataFolder(base.resolve("Upskill Planner"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library/Application Support/Upskill Planner"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataFolder(base.resolve("upskill-planner"));
    }

    public static DataFolder resolveDefault(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Creates the folder and its sub-folders; fails with a clear message when it cannot be a folder. */
    public DataFolder ensureExists() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new NotAFolderException(ErrorText.of("error.start.folderIsFile", root));
        }
        PrivateFiles.createDirectories(root);
        PrivateFiles.createDirectories(backups());
        PrivateFiles.createDirectories(logs());
        return this;
    }

    /** The database path without H2's ".mv.db" ending, as the JDBC URL wants it. */
    public Path databaseBase() {
        return root.resolve("upskill-planner");
    }

    public Path databaseFile() {
        return root.resolve("upskill-planner.mv.db");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve("instance.lock");
    }

    /** The folder is a file; the message is put into words, like the store's, in the language the app runs in. */
    private static final class NotAFolderException extends IOException {

        private final transient ErrorText text;

        NotAFolderException(ErrorText text) {
            super(text.english());
            this.text = text;
        }

        @Override
        public String getMessage() {
            return text.text();
        }
    }
}
