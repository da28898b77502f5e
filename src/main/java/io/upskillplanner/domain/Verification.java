package io.upskillplanner.domain;

/** The outcome of checking an earned badge offline. */
public enum Verification {
    VERIFIED, NOT_VERIFIABLE_OFFLINE, INVALID_SIGNATURE, EXPIRED
}
