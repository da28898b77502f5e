package io.upskillplanner.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * Importing files from the desktop: read and check them off the UI thread, show what will be added
 * or changed, and on confirmation write it all in one transaction. A rejected file is reported by
 * name, place and reason; nothing is written then.
 */
public final class ImportViewModel {

    /** Where an import stands. */
    public enum Phase { IDLE, CHECKING, PREVIEW, IMPORTING, DONE, FAILED }

    /** Why an import was refused, in the parts the error dialog shows. */
    public record Failure(String file, String place, String reason) {
    }

    private final ImportService service;
    private final TaskRunner tasks;
    private final Supplier<Profile> currentProfile;
    private final Runnable onImported;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private List<ImportPlan> plans = List.of();

    public ImportViewModel(ImportService service, TaskRunner tasks, Supplier<Profile> currentProfile,
                           Runnable onImported) {
        this.service = service;
        this.tasks = tasks;
        this.currentProfile = currentProfile;
        this.onImported = onImported;
    }

    /** Reads and checks the files, then shows the preview (or the failure). Writes nothing. */
    public void check(List<Path> files) {
        if (files == null || files.isEmpty() || phase.get() == Phase.CHECKING || phase.get() == Phase.IMPORTING) {
            return;
        }
        List<Path> copy = List.copyOf(files);
        Profile profile = currentProfile.get();
        failure.set(null);
        preview.clear();
        phase.set(Phase.CHECKING);
        progress.set(-1);
        status.set(Messages.get("import.checking", copy.size()));
        tasks.run(() -> service.plan(copy, profile == null ? ImportTarget.CATALOG_ONLY : new ImportTarget(profile)),
                this::showPreview, this::fail);
    }

    private void showPreview(List<ImportPlan> planned) {
        plans = planned;
        List<String> lines = new ArrayList<>();
        for (ImportPlan plan : planned) {
            lines.add(Messages.get("import.fileLine", plan.file().path().getFileName(), plan.format(),
                    plan.entryCount()));
            plan.summary().forEach(line -> lines.add("    " + line));
        }
        preview.setAll(lines);
        progress.set(0);
        status.set(Messages.get("import.previewReady", entries()));
        phase.set(Phase.PREVIEW);
    }

    /** Writes the previewed import, all files in one transaction. */
    public void confirm() {
        if (phase.get() != Phase.PREVIEW) {
            return;
        }
        List<ImportPlan> toApply = plans;
        phase.set(Phase.IMPORTING);
        progress.set(-1);
        status.set(Messages.get("import.importing", entries()));
        tasks.run(() -> {
            service.apply(toApply);
            return toApply.size();
        }, count -> {
            progress.set(1);
            status.set(Messages.get("import.done", entries(), count));
            phase.set(Phase.DONE);
            onImported.run();
        }, this::fail);
    }

    /** Drops the preview without writing anything. */
    public void cancel() {
        if (phase.get() == Phase.PREVIEW) {
            plans = List.of();
            preview.clear();
            progress.set(0);
            status.set(Messages.get("import.cancelled"));
            phase.set(Phase.IDLE);
        }
    }

    private void fail(Throwable error) {
        plans = List.of();
        progress.set(0);
        if (error instanceof InputRejectedException rejected) {
            failure.set(new Failure(rejected.source(), rejected.place() == null ? "" : rejected.place(),
                    rejected.reason()));
        } else {
            failure.set(new Failure("", "", error.getMessage() == null ? error.toString() : error.getMessage()));
        }
        status.set(Messages.get("import.failed"));
        phase.set(Phase.FAILED);
    }

    private int entries() {
        return plans.stream().mapToInt(ImportPlan::entryCount).sum();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0 idle, -1 working (indeterminate), 1 done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<String> preview() {
        return FXCollections.unmodifiableObservableList(preview);
    }

    /** File > Import: asks which files, then checks them; nothing happens when the user cancels. */
    public void chooseFiles(DialogService dialogs) {
        check(dialogs.openFiles(Messages.get("import.chooserTitle"), List.of(
                DialogService.FileType.of(Messages.get("import.filterSupported"), "*.json", "*.jsonld", "*.csv"),
                DialogService.FileType.of(Messages.get("import.filterAll"), "*.*"))));
    }

    /** Tells the user why the import was refused: the file, the place in it and the reason. */
    public void reportFailure(DialogService dialogs) {
        Failure refused = failure.get();
        if (refused == null) {
            return;
        }
        dialogs.showError(Messages.get("import.failedTitle"), Messages.get("import.failedHeader"),
                Messages.get("import.failedText", refused.file(),
                        refused.place().isEmpty() ? Messages.get("import.noPlace") : refused.place(), refused.reason()),
                Optional.empty());
    }
}
