package io.upskillplanner.store;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for long database work. The database thread is never interrupted
 * (an interrupt inside H2 file I/O closes the file channel); long work polls this flag instead
 * and stops between steps, leaving the transaction to roll back.
 */
public final class CancelFlag {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Stops the work between two steps when cancel was asked for. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("Cancelled");
        }
    }
}
