package io.upskillplanner.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A backup that was unpacked next to the database and opened and read in full without error,
 * ready to take the database's place. Discard it when it is not used.
 */
public final class VerifiedBackup {

    private final Path source;
    private final Path workFolder;
    private final Path databaseFile;
    private final int profiles;

    VerifiedBackup(Path source, Path workFolder, Path databaseFile, int profiles) {
        this.source = source;
        this.workFolder = workFolder;
        this.databaseFile = databaseFile;
        this.profiles = profiles;
    }

    /** The backup file it came from. */
    public Path source() {
        return source;
    }

    Path databaseFile() {
        return databaseFile;
    }

    /** How many profiles the backup holds, for the confirmation a user reads. */
    public int profiles() {
        return profiles;
    }

    /** Deletes the work folder with whatever is still in it; the restored file has left it if it was used. */
    public void discard() {
        deleteTree(workFolder);
    }

    boolean exists() {
        return Files.exists(databaseFile);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // Deepest first; walk does not follow links, so a link's target is never touched.
            paths.sorted(Comparator.reverseOrder()).forEach(VerifiedBackup::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(root);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over check file is harmless; the next restore uses a new name.
        }
    }
}
