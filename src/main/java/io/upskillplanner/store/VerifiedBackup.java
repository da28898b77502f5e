package io.upskillplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A backup that was unpacked next to the database and opened and read in full without error,
 * ready to take the database's place. Discard it when it is not used.
 */
public final class VerifiedBackup {

    private final Path source;
    private final Path databaseFile;
    private final int profiles;

    VerifiedBackup(Path source, Path databaseFile, int profiles) {
        this.source = source;
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

    public void discard() {
        BackupService.deleteDatabaseFiles(databaseFile);
    }

    boolean exists() {
        return Files.exists(databaseFile);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over check file is harmless; the next restore uses a new name.
        }
    }
}
