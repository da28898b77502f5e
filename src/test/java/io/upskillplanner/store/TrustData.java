package io.upskillplanner.store;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.SessionNote;

/** Small records for the backup, restore and crash tests. */
public final class TrustData {

    private TrustData() {
    }

    public static Profile profile(UUID id, String name) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return new Profile(id, name, ProfileKind.CLIENT, "Analyst", "technology", new BigDecimal("6.0"),
                new Money(new BigDecimal("1500.00"), "EUR"), null, "notes of " + name, false, now, now, 0);
    }

    public static SessionNote note(UUID id, UUID profileId, String text) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return new SessionNote(id, profileId, now, now, text);
    }
}
