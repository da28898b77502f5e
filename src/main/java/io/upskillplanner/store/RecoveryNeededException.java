package io.upskillplanner.store;

import java.nio.file.Path;
import java.util.Optional;

import io.upskillplanner.domain.ErrorText;

/**
 * The database cannot be opened as it is: its file is damaged, or it is missing while backups
 * exist. Nothing was changed; the user chooses what happens next (restore a backup, or quit).
 */
public class RecoveryNeededException extends StoreException {

    /** What is wrong with the database file. */
    public enum Problem {
        DAMAGED, MISSING
    }

    private final Problem problem;
    private final Path databaseFile;
    private final transient Backup latestBackup;

    /**
     * {@code detail} says why a damaged file cannot be opened: an {@link ErrorText}, or the words of
     * H2 itself (shown as they are); a missing file needs none.
     */
    public RecoveryNeededException(Problem problem, Path databaseFile, Object detail, Backup latestBackup, Throwable cause) {
        super(text(problem, databaseFile, detail, latestBackup), cause);
        this.problem = problem;
        this.databaseFile = databaseFile;
        this.latestBackup = latestBackup;
    }

    private static ErrorText text(Problem problem, Path file, Object detail, Backup latest) {
        ErrorText what = problem == Problem.DAMAGED
                ? ErrorText.of("error.recovery.damaged", file, detail)
                : ErrorText.of("error.recovery.missing", file);
        ErrorText next = latest == null
                ? ErrorText.of("error.recovery.noBackup")
                : ErrorText.of("error.recovery.latest", latest.file(), latest.createdAt().withNano(0));
        return ErrorText.of("error.recovery.whatAndNext", what, next);
    }

    public Problem problem() {
        return problem;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public Optional<Backup> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }
}
