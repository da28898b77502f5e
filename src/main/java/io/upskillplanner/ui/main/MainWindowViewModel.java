package io.upskillplanner.ui.main;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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

    /** What works before the store is open. */
    private static final Set<AppCommand> EARLY = EnumSet.of(AppCommand.QUIT, AppCommand.USER_GUIDE,
            AppCommand.SHORTCUTS, AppCommand.ABOUT);

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PROFILES);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper startupStatus = new ReadOnlyStringWrapper(Messages.get("status.opening"));
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper("");
    private AppState state;
    private BackupOperations backupOperations;
    private SettingsContext settingsContext;
    private boolean welcomeAtStart;
    private Optional<UUID> preferredProfile = Optional.empty();
    private final AppCommands commands = new AppCommands();

    /**
     * The commands that need the store wait for it; the shell's own (quit, help, about) work from the
     * first frame. The screens' commands get their actions when the screens are built.
     */
    public MainWindowViewModel() {
        for (AppCommand id : AppCommand.values()) {
            if (!EARLY.contains(id)) {
                commands.get(id).executableProperty().bind(ready);
            }
        }
        for (Section target : Section.values()) {
            commands.on(target.showCommand(), () -> show(target));
        }
    }

    /** The catalogue of what the menus, buttons and keys of this window do. */
    public AppCommands commands() {
        return commands;
    }

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
        commands.on(AppCommand.UNDO, ready.and(appState.undoProperty().isNotNull()), appState::undo);
        if (backupOperations == null) {
            // A shared server is backed up by its administrator: the Backups screen stays off.
            commands.get(AppCommand.SHOW_BACKUPS).executableProperty().unbind();
            commands.get(AppCommand.SHOW_BACKUPS).executableProperty().set(false);
        }
        appState.setStatus(Messages.get("status.ready"));
        // Asked for before the screens are built: the database thread reads the profiles while the
        // FX thread builds the first screen, which shows them when they arrive.
        preferredProfile.ifPresentOrElse(appState::reloadProfiles, appState::reloadProfiles);
        ready.set(true);
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
