package io.upskillplanner.ui.catalog;

import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import io.upskillplanner.domain.Credential;

/**
 * One row of the catalog: the id at once, the credential when it has been read from the database.
 * Cells bind to {@link #credentialProperty()} and fill in when it arrives.
 */
public final class CatalogRow {

    private final UUID id;
    private final ReadOnlyObjectWrapper<Credential> credential = new ReadOnlyObjectWrapper<>();

    public CatalogRow(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }

    public ReadOnlyObjectProperty<Credential> credentialProperty() {
        return credential.getReadOnlyProperty();
    }

    public Credential credential() {
        return credential.get();
    }

    void set(Credential loaded) {
        credential.set(loaded);
    }

    @Override
    public String toString() {
        return credential.get() == null ? id.toString() : credential.get().title();
    }
}
