package io.upskillplanner.ui.backups;

import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.Backup;
import io.upskillplanner.store.BackupReason;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.RestoreResult;

/** What the Backups screen does with the data folder; the app passes its services, tests a stand-in. */
public interface BackupOperations {

    List<Backup> list();

    Backup create();

    RestoreResult restore(Path backupFile, CancelFlag cancel);

    /** The running app's own: its folder's backups, over its open database. */
    static BackupOperations of(AppServices services) {
        return new BackupOperations() {
            @Override
            public List<Backup> list() {
                return services.backups().list();
            }

            @Override
            public Backup create() {
                return services.backup(BackupReason.MANUAL);
            }

            @Override
            public RestoreResult restore(Path backupFile, CancelFlag cancel) {
                return services.backups().restore(services.database(), backupFile, cancel);
            }
        };
    }
}
