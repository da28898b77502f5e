package io.upskillplanner.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.domain.ErrorText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that does database work. It is never interrupted: interrupting a thread inside
 * H2 file I/O closes the file channel and can damage the database, so long work checks a
 * cooperative cancel flag instead ({@link #closing()} is raised when the app shuts down).
 */
public final class DbExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbExecutor.class);

    private final CancelFlag closing = new CancelFlag();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database");
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // Screens may still ask for data while the app closes: they get a failure, not an exception.
            result.completeExceptionally(new StoreException(ErrorText.of("error.store.closed"), e));
        }
        return result;
    }

    /** Raised when the app is closing: long work stops at its next step so that shutdown is quick. */
    public CancelFlag closing() {
        return closing;
    }

    /** Lets queued work finish, without interrupting it. */
    @Override
    public void close() {
        closing.cancel();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Database work still running after 60 s; shutting down after it regardless");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
