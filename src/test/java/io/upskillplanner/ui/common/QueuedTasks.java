package io.upskillplanner.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work that waits until the test lets it run, as on the database thread while the user
 * is still clicking: a second click lands while the first save is under way.
 */
public final class QueuedTasks implements TaskRunner {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> DIRECT.run(work, onSuccess, onFailure));
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    public int waiting() {
        return queued.size();
    }
}
