package io.upskillplanner.store;

/** A credential cannot be deleted while goals still have it as a candidate. */
public class CredentialInUseException extends StoreException {

    private final int uses;

    public CredentialInUseException(int uses) {
        super("This credential is a candidate of " + uses + " goal(s); remove it from them first.");
        this.uses = uses;
    }

    public int uses() {
        return uses;
    }
}
