package io.upskillplanner.ui.backups;

import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.store.Backup;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.RestoreResult;

/** What the Backups screen does with the data folder; the app passes its services, tests a stand-in. */
public interface BackupOperations {

    List<Backup> list();

    Backup create();

    RestoreResult restore(Path backupFile, CancelFlag cancel);
}
