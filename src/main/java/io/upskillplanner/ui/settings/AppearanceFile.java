package io.upskillplanner.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The file of settings read before the database opens ({@value Appearance#FILE_NAME}). Several
 * owners write keys to it (appearance, window placement): each update keeps the others' keys.
 */
final class AppearanceFile {

    private AppearanceFile() {
    }

    /** The file's properties; none when it is missing. */
    static Properties load(Path folder) throws IOException {
        Properties properties = new Properties();
        Path file = folder.resolve(Appearance.FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Changes some keys and writes the file, keeping the keys {@code change} leaves alone. */
    static void update(Path folder, Consumer<Properties> change) throws IOException {
        Properties properties;
        try {
            properties = load(folder);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged file is replaced rather than kept: its readable keys are lost either way.
            properties = new Properties();
        }
        change.accept(properties);
        Files.createDirectories(folder);
        Path file = folder.resolve(Appearance.FILE_NAME);
        Path temporary = folder.resolve(Appearance.FILE_NAME + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Upskill Planner settings read before the database opens");
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
