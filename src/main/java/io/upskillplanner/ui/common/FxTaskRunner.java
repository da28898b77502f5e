package io.upskillplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.application.Platform;

import io.upskillplanner.store.DbExecutor;

/** Runs work on the database thread and delivers the outcome on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner {

    private final DbExecutor executor;

    public FxTaskRunner(DbExecutor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.submit(work).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error instanceof RejectedExecutionException) {
                return;
            }
            if (error != null) {
                onFailure.accept(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else {
                onSuccess.accept(result);
            }
        }));
    }
}
