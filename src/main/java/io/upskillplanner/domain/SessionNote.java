package io.upskillplanner.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** A counselor's timestamped note about a profile. */
public record SessionNote(UUID id, UUID profileId, LocalDateTime createdAt, LocalDateTime updatedAt, String text) {

    public SessionNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(text, "text");
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }
}
