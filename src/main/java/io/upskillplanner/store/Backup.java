package io.upskillplanner.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the data folder's {@code backups/}: when, why and how big. */
public record Backup(Path file, LocalDateTime createdAt, BackupReason reason, long sizeBytes) {
}
