package io.upskillplanner.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.CatalogIndex;
import io.upskillplanner.store.ConcurrentEditException;
import io.upskillplanner.store.Store;
import io.upskillplanner.store.StoreException;
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
    /** What waits for the first reading of the profiles; null once it has finished. */
    private List<Runnable> afterFirstProfiles = new ArrayList<>();
    private final ObjectProperty<Profile> currentProfile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private volatile String defaultCurrency;
    private final ObjectProperty<Goal> currentGoal = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UndoAction> undo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper catalogRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper planRevision = new ReadOnlyIntegerWrapper();
    private CatalogIndex catalogIndex;
    private List<Consumer<CatalogIndex>> waitingForIndex;
    private PreparedBy preparedBy;

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

    /** The currency new profiles start in (Settings), if the user chose one. */
    public Optional<String> defaultCurrency() {
        return Optional.ofNullable(defaultCurrency);
    }

    public void setDefaultCurrency(String currency) {
        defaultCurrency = currency;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Reports a failure of background work in the status line. */
    public void showError(Throwable error) {
        status.set(errorMessage(error));
    }

    /** A failure in words a user can act on; a concurrent edit says what to do about it. */
    public static String errorMessage(Throwable error) {
        if (error instanceof ConcurrentEditException) {
            return Messages.get("error.concurrentEdit");
        }
        if (error instanceof StoreException) {
            return error.getMessage();
        }
        return Messages.get("status.error", error.getMessage());
    }

    /** The name on report covers, shared by the Reports and Settings screens; read from the database on first use. */
    public PreparedBy preparedBy() {
        if (preparedBy == null) {
            preparedBy = new PreparedBy(store, tasks, this::showError);
        }
        return preparedBy;
    }

    /** The goal selected on the goals screen; the catalog attaches credentials to it. */
    public ObjectProperty<Goal> currentGoalProperty() {
        return currentGoal;
    }

    public ReadOnlyObjectProperty<UndoAction> undoProperty() {
        return undo.getReadOnlyProperty();
    }

    /** Offers to take back what was just done; a newer offer replaces an older one. */
    public void offerUndo(String label, Runnable action) {
        undo.set(new UndoAction(label, action));
        status.set(label);
    }

    public void undo() {
        UndoAction action = undo.get();
        if (action != null) {
            undo.set(null);
            action.undo().run();
        }
    }

    /** Counts changes of the catalog, so that screens showing credentials can refresh. */
    public ReadOnlyIntegerProperty catalogRevisionProperty() {
        return catalogRevision.getReadOnlyProperty();
    }

    public void catalogChanged() {
        catalogRevision.set(catalogRevision.get() + 1);
    }

    /** Counts changes of goals and candidates made outside the goals screen. */
    public ReadOnlyIntegerProperty planRevisionProperty() {
        return planRevision.getReadOnlyProperty();
    }

    public void planChanged() {
        planRevision.set(planRevision.get() + 1);
    }

    /** Reads the search index again (after an import), then tells the screens the catalog changed. */
    public void reloadCatalogIndex() {
        if (waitingForIndex != null) {
            return;
        }
        catalogIndex = null;
        withCatalogIndex(index -> catalogChanged());
    }

    /**
     * Hands over the catalog's search index, loading it on first use on the database thread. The
     * catalog screen and the candidate picker share this one index.
     */
    public void withCatalogIndex(Consumer<CatalogIndex> use) {
        if (catalogIndex != null) {
            use.accept(catalogIndex);
            return;
        }
        if (waitingForIndex != null) {
            waitingForIndex.add(use);
            return;
        }
        waitingForIndex = new ArrayList<>(List.of(use));
        tasks.run(() -> store.catalog().loadIndex(), index -> {
            catalogIndex = index;
            List<Consumer<CatalogIndex>> waiting = waitingForIndex;
            waitingForIndex = null;
            waiting.forEach(w -> w.accept(index));
        }, error -> {
            waitingForIndex = null;
            showError(error);
        });
    }

    /** Reloads the profiles and keeps the current one selected (or picks the first). */
    public void reloadProfiles() {
        tasks.run(() -> store.profiles().list(), this::setProfiles, this::profilesFailed);
    }

    /** Reloads the profiles and makes the one with this id current (a profile just created or restored). */
    public void reloadProfiles(UUID select) {
        tasks.run(() -> store.profiles().list(), loaded -> setProfiles(loaded, select), this::profilesFailed);
    }

    void setProfiles(List<Profile> loaded) {
        setProfiles(loaded, currentProfile.get() == null ? null : currentProfile.get().id());
    }

    private void setProfiles(List<Profile> loaded, UUID currentId) {
        profiles.setAll(loaded);
        Profile keep = loaded.stream().filter(p -> Objects.equals(p.id(), currentId)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0));
        currentProfile.set(keep);
        firstProfilesLoadFinished();
    }

    private void profilesFailed(Throwable error) {
        showError(error);
        firstProfilesLoadFinished();
    }

    /**
     * Runs the action once the first reading of the profiles has finished, well or not (at once if
     * it has): what a start can do later waits until the first screen has its data.
     */
    public void afterFirstProfilesLoad(Runnable action) {
        if (afterFirstProfiles == null) {
            action.run();
        } else {
            afterFirstProfiles.add(action);
        }
    }

    private void firstProfilesLoadFinished() {
        List<Runnable> waiting = afterFirstProfiles;
        if (waiting != null) {
            afterFirstProfiles = null;
            waiting.forEach(Runnable::run);
        }
    }
}
