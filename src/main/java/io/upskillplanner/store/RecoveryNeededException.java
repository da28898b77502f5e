package io.upskillplanner.store;

import java.nio.file.Path;
import java.util.Optional;

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

    public RecoveryNeededException(Problem problem, Path databaseFile, String detail, Backup latestBackup, Throwable cause) {
        super(message(problem, databaseFile, detail, latestBackup), cause);
        this.problem = problem;
        this.databaseFile = databaseFile;
        this.latestBackup = latestBackup;
    }

    private static String message(Problem problem, Path file, String detail, Backup latest) {
        String what = problem == Problem.DAMAGED
                ? "Cannot open the database " + file + ": it is damaged or not an Upskill Planner database ("
                        + detail + "). It was left as it is."
                : "The database " + file + " is missing, but the data folder has backups; "
                        + "an empty database was not created over them.";
        String next = latest == null
                ? " There is no backup to restore."
                : " The latest backup is " + latest.file() + " (" + latest.createdAt().withNano(0)
                        + "). Restore it with: upskill-planner restore " + latest.file();
        return what + next;
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
