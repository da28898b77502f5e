package io.upskillplanner.domain;

import java.time.LocalDate;
import java.time.Period;

/** Where a fact came from and when somebody last checked it. */
public record Provenance(String source, LocalDate lastVerified) {

    /** Facts not checked for this long are shown as stale. */
    public static final Period STALE_AFTER = Period.ofMonths(12);

    public boolean isStale(LocalDate today) {
        return lastVerified == null || lastVerified.plus(STALE_AFTER).isBefore(today);
    }
}
