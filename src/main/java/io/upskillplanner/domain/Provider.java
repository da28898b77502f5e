package io.upskillplanner.domain;

import java.util.Objects;
import java.util.UUID;

/** An organisation that offers credentials. */
public record Provider(UUID id, String name, ProviderType type, String country, String url, int version) {

    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Provider create(String name, ProviderType type) {
        return new Provider(UUID.randomUUID(), name, type, null, null, 0);
    }
}
