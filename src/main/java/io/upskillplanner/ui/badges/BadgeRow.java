package io.upskillplanner.ui.badges;

import io.upskillplanner.domain.Verification;

/** One earned badge as the list shows it: texts ready to display, and the status to colour. */
public record BadgeRow(String achievement, String issuer, String issued, String validUntil, Verification status,
        String statusText, String detail, String skills) {

    /** The Feather icon for the status: a tick only for a checked signature. */
    public String iconLiteral() {
        return switch (status) {
            case VERIFIED -> "fth-check-circle";
            case INVALID_SIGNATURE -> "fth-x-octagon";
            case REVOKED -> "fth-slash";
            case EXPIRED -> "fth-clock";
            case NOT_YET_VALID -> "fth-watch";
            case NOT_VERIFIABLE_OFFLINE -> "fth-help-circle";
        };
    }

    /** The style class that colours the status: success, danger, warning or muted. */
    public String styleClass() {
        return switch (status) {
            case VERIFIED -> "badge-verified";
            case INVALID_SIGNATURE, REVOKED -> "badge-invalid";
            case EXPIRED, NOT_YET_VALID -> "badge-expired";
            case NOT_VERIFIABLE_OFFLINE -> "badge-unverifiable";
        };
    }
}
