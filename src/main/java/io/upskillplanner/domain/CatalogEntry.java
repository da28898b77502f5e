package io.upskillplanner.domain;

import java.util.List;
import java.util.Objects;

/** A credential as an import brings it: the catalog entry with where each of its figures came from. */
public record CatalogEntry(Credential credential, List<CredentialFact> facts) {

    public CatalogEntry {
        Objects.requireNonNull(credential, "credential");
        facts = List.copyOf(facts == null ? List.of() : facts);
    }
}
