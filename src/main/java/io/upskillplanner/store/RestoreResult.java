package io.upskillplanner.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did: the backup of the state it replaced (none when the database was missing or
 * damaged), where a damaged file was set aside, and how many profiles the restored data holds.
 */
public record RestoreResult(Path restoredFrom, Backup backupOfReplaced, Path damagedFileSetAside, int profiles) {

    public Optional<Backup> replacedBackup() {
        return Optional.ofNullable(backupOfReplaced);
    }

    public Optional<Path> setAside() {
        return Optional.ofNullable(damagedFileSetAside);
    }
}
