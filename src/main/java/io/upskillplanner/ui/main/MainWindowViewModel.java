package io.upskillplanner.ui.main;

import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import io.upskillplanner.Version;
import io.upskillplanner.ui.backups.BackupOperations;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.settings.SettingsContext;

/** The shell: which section shows, whether the store is ready, and the status line until it is. */
public final class MainWindowViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PROFILES);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper startupStatus = new ReadOnlyStringWrapper(Messages.get("status.opening"));
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper("");
    private AppState state;
    private BackupOperations backupOperations;
    private SettingsContext settingsContext;
    private boolean welcomeAtStart;
    private Optional<UUID> preferredProfile = Optional.empty();

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public void show(Section target) {
        section.set(target);
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startupStatusProperty() {
        return startupStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    /** What the settings screen needs from the application; set before the store opens. */
    public void useSettings(SettingsContext context) {
        this.settingsContext = context;
    }

    public SettingsContext settingsContext() {
        return settingsContext;
    }

    public AppState state() {
        return state;
    }

    /** What the Backups screen works with; set before the store is ready, or the screen stays off. */
    public void setBackupOperations(BackupOperations operations) {
        this.backupOperations = operations;
    }

    public BackupOperations backupOperations() {
        return backupOperations;
    }

    /** Whether the welcome opens once the screens are ready; set before the store is ready. */
    public void setWelcomeAtStart(boolean show) {
        this.welcomeAtStart = show;
    }

    public boolean welcomeAtStart() {
        return welcomeAtStart;
    }

    /** The profile to plan for once the profiles are loaded (the one of the last session), if it still exists. */
    public void preferProfile(Optional<UUID> profile) {
        this.preferredProfile = profile;
    }

    /** The store is open: screens can load. */
    public void storeReady(AppState appState, String folder) {
        this.state = appState;
        dataFolder.set(folder);
        appState.setStatus(Messages.get("status.ready"));
        ready.set(true);
        preferredProfile.ifPresentOrElse(appState::reloadProfiles, appState::reloadProfiles);
    }

    public void storeFailed(String message) {
        startupStatus.set(message);
    }

    public String windowTitle() {
        return Version.NAME;
    }

    public String aboutText() {
        return Messages.get("about.text", Version.number(), dataFolder.get());
    }
}
