package io.upskillplanner.store;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps at the precision the database keeps (microseconds), so a saved record equals what is read back. */
final class StoreTime {

    private StoreTime() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDateTime orNow(LocalDateTime time) {
        return time == null ? now() : time.truncatedTo(ChronoUnit.MICROS);
    }
}
