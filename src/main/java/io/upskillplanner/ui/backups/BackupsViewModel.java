package io.upskillplanner.ui.backups;

import java.util.List;
import java.util.function.BiPredicate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.store.Backup;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.RestoreResult;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * The backups of the data folder: list, create, restore after the user confirms. The work runs
 * on the database thread; the screen shows progress and stays usable.
 */
public final class BackupsViewModel {

    private final BackupOperations operations;
    private final TaskRunner tasks;
    private final BiPredicate<String, String> confirm;
    private final Runnable afterRestore;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param confirm asks the user (title, question) and says whether they agreed
     * @param afterRestore reloads what the other screens show, once the data was replaced
     */
    public BackupsViewModel(BackupOperations operations, TaskRunner tasks, BiPredicate<String, String> confirm,
            Runnable afterRestore) {
        this.operations = operations;
        this.tasks = tasks;
        this.confirm = confirm;
        this.afterRestore = afterRestore;
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void reload() {
        tasks.run(operations::list, this::show, this::failed);
    }

    public void create() {
        busy.set(true);
        status.set(Messages.get("backups.creating"));
        tasks.run(() -> {
            Backup made = operations.create();
            return new Created(made, operations.list());
        }, created -> {
            busy.set(false);
            show(created.all());
            status.set(Messages.get("backups.created", created.made().file().getFileName()));
        }, this::failed);
    }

    /** Replaces the data with the backup if the user confirms; the current state is backed up first. */
    public void restore(BackupRow row) {
        if (row == null || busy.get()) {
            return;
        }
        String question = Messages.get("backups.confirm.text", row.date(), row.reason());
        if (!confirm.test(Messages.get("backups.confirm.title"), question)) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("backups.restoring", row.date()));
        CancelFlag cancel = new CancelFlag();
        tasks.run(() -> {
            RestoreResult result = operations.restore(row.backup().file(), cancel);
            return new Restored(result, operations.list());
        }, restored -> {
            busy.set(false);
            show(restored.all());
            status.set(Messages.get("backups.restored", row.date(), restored.result().profiles(),
                    restored.result().replacedBackup().map(b -> Formats.dateTime(b.createdAt())).orElse("-")));
            afterRestore.run();
        }, this::failed);
    }

    private void show(List<Backup> list) {
        backups.setAll(list.stream().map(BackupRow::of).toList());
        if (list.isEmpty() && !busy.get()) {
            status.set(Messages.get("backups.none"));
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(Messages.get("backups.failed", error.getMessage()));
    }

    private record Created(Backup made, List<Backup> all) {
    }

    private record Restored(RestoreResult result, List<Backup> all) {
    }
}
