package io.upskillplanner.exchange.badges;

import java.util.Objects;

import io.upskillplanner.domain.Verification;

/** What checking a badge offline found, and in words why. */
public record VerificationResult(Verification status, String detail) {

    public VerificationResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
