package io.upskillplanner.ui.main;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.report.PlanReport;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * The "Prepared by" name of reports: one value that the Reports and the Settings screens both
 * show, saved as it is typed (not only when a report is written), so that it survives a restart
 * and the command line's {@code export pdf} puts it on the cover too.
 */
public final class PreparedBy {

    private final Store store;
    private final TaskRunner tasks;
    private final StringProperty name = new SimpleStringProperty("");
    /** The latest name not yet written; keystrokes that come while a write waits share it. */
    private final AtomicReference<String> unsaved = new AtomicReference<>();
    private boolean loading;

    PreparedBy(Store store, TaskRunner tasks, Consumer<Throwable> onError) {
        this.store = store;
        this.tasks = tasks;
        name.addListener((obs, old, typed) -> {
            if (!loading) {
                save(typed == null ? "" : typed.strip(), onError);
            }
        });
        tasks.run(() -> store.settings().get(PlanReport.AUTHOR_SETTING).orElse(""), saved -> {
            // A name typed before the stored one arrived is the newer one.
            if (name.get().isEmpty()) {
                loading = true;
                name.set(saved);
                loading = false;
            }
        }, onError);
    }

    public StringProperty nameProperty() {
        return name;
    }

    private void save(String typed, Consumer<Throwable> onError) {
        if (unsaved.getAndSet(typed) == null) {
            tasks.run(() -> {
                store.settings().put(PlanReport.AUTHOR_SETTING, unsaved.getAndSet(null));
                return null;
            }, done -> { }, onError);
        }
    }
}
