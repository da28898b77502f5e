package io.upskillplanner.store;

import io.upskillplanner.domain.ErrorText;

/** A credential cannot be deleted while goals still have it as a candidate. */
public class CredentialInUseException extends StoreException {

    private final int uses;

    public CredentialInUseException(int uses) {
        super(ErrorText.of("error.store.credentialInUse", uses));
        this.uses = uses;
    }

    public int uses() {
        return uses;
    }
}
