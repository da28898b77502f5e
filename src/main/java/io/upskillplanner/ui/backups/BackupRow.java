package io.upskillplanner.ui.backups;

import io.upskillplanner.store.Backup;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** One backup as the table shows it. */
public record BackupRow(Backup backup, String date, String reason, String size) {

    static BackupRow of(Backup backup) {
        return new BackupRow(backup, Formats.dateTime(backup.createdAt()),
                Messages.get("backup.reason." + backup.reason().name()), Formats.size(backup.sizeBytes()));
    }
}
