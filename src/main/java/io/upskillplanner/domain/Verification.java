package io.upskillplanner.domain;

/** The outcome of checking an earned badge offline. */
public enum Verification {
    VERIFIED, NOT_VERIFIABLE_OFFLINE, INVALID_SIGNATURE, EXPIRED, NOT_YET_VALID, REVOKED;

    /** Starts the sentence of a status detail that says a credential's status list was not consulted. */
    public static final String REVOCATION_NOT_CHECKED = "Revocation not checked offline";

    /** Whether a status detail says that revocation could not be checked (the list is online). */
    public static boolean revocationUnchecked(String detail) {
        return detail != null && detail.contains(REVOCATION_NOT_CHECKED);
    }
}
