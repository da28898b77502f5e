package io.upskillplanner.store;

/** Somebody else changed or deleted the record since it was read; saving would lose their change. */
public class ConcurrentEditException extends StoreException {

    public ConcurrentEditException(String what) {
        super(what + " was changed or deleted by someone else since you opened it. "
                + "Reload it to see their change, then make yours again.");
    }
}
