package io.upskillplanner.store;

import io.upskillplanner.domain.ErrorText;

/**
 * A write could not reach the disk: the data folder is full or read-only. What was saved before
 * stays safe; the message says so and what to do.
 */
public class StorageFailureException extends StoreException {

    public StorageFailureException(ErrorText text, Throwable cause) {
        super(text, cause);
    }
}
