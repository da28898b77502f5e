package io.upskillplanner.ui.main;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * What all screens share: the profiles, the one being planned for, and the status line. A
 * counselor switches clients here and every screen follows.
 */
public final class AppState {

    private final Store store;
    private final TaskRunner tasks;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> currentProfile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AppState(Store store, TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    public Store store() {
        return store;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> currentProfileProperty() {
        return currentProfile;
    }

    public Profile currentProfile() {
        return currentProfile.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Reports a failure of background work in the status line. */
    public void showError(Throwable error) {
        status.set(Messages.get("status.error", error.getMessage()));
    }

    /** Reloads the profiles and keeps the current one selected (or picks the first). */
    public void reloadProfiles() {
        tasks.run(() -> store.profiles().list(), this::setProfiles, this::showError);
    }

    void setProfiles(List<Profile> loaded) {
        UUID currentId = currentProfile.get() == null ? null : currentProfile.get().id();
        profiles.setAll(loaded);
        Profile keep = loaded.stream().filter(p -> Objects.equals(p.id(), currentId)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0));
        currentProfile.set(keep);
    }
}
