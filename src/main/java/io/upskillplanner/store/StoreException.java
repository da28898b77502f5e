package io.upskillplanner.store;

import io.upskillplanner.domain.ErrorText;

/** The store could not do what was asked; the message says why in words a user can act on. */
public class StoreException extends RuntimeException {

    private final transient ErrorText text;

    public StoreException(ErrorText text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public StoreException(ErrorText text) {
        this(text, null);
    }

    /** In the language the app runs in. */
    @Override
    public String getMessage() {
        return text.text();
    }

    public ErrorText text() {
        return text;
    }
}
