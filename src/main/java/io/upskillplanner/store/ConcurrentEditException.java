package io.upskillplanner.store;

import io.upskillplanner.domain.ErrorText;

/** Somebody else changed or deleted the record since it was read; saving would lose their change. */
public class ConcurrentEditException extends StoreException {

    /** {@code what} names the record: "the goal 'Cloud engineer'". */
    public ConcurrentEditException(ErrorText what) {
        super(ErrorText.of("error.store.changedElsewhere", what));
    }
}
