package io.upskillplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands the result back on it. View models take one in
 * their constructor; tests pass {@link #DIRECT}, which runs everything at once on the caller.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * For work whose failure the screen has no place to show: it goes to the thread's uncaught
     * failure handler, which logs it and tells the user, instead of vanishing.
     */
    static Consumer<Throwable> unexpected(String what) {
        return error -> {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, new IllegalStateException(what, error));
        };
    }

    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
