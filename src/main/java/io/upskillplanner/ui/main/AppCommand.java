package io.upskillplanner.ui.main;

import java.util.Arrays;
import java.util.Optional;

/**
 * The actions catalogue: every command the menus, buttons and shortcuts offer, with its label key,
 * icon and keys. Menus and the Help page's shortcut list read it, so a key is defined here once.
 * Accelerators are written as {@code KeyCombination.valueOf} reads them; {@code Shortcut} is Ctrl,
 * or Cmd on a Mac.
 */
public enum AppCommand {
    IMPORT("import", "menu.import", "fth-download", "Shortcut+I"),
    SETTINGS("settings", "menu.settings", "fth-settings", "Shortcut+Comma"),
    QUIT("quit", "menu.quit", null, "Shortcut+Q"),
    UNDO("undo", "menu.undo", "fth-corner-up-left", "Shortcut+Z"),
    NEW_PROFILE("newProfile", "menu.newProfile", "fth-user-plus", "Shortcut+Shift+P"),
    EDIT_PROFILE("editProfile", "menu.editProfile", "fth-edit", null),
    DELETE_PROFILE("deleteProfile", "menu.deleteProfile", "fth-trash-2", null),
    ADD_NOTE("addNote", "menu.addNote", "fth-message-square", "Shortcut+T"),
    SWITCH_PROFILE("switchProfile", "menu.switchProfile", null, "Shortcut+P"),
    NEW_GOAL("newGoal", "menu.newGoal", "fth-plus", "Shortcut+G"),
    EDIT_GOAL("editGoal", "menu.editGoal", "fth-edit", null),
    DELETE_GOAL("deleteGoal", "menu.deleteGoal", "fth-trash-2", null),
    PICK_CANDIDATES("pickCandidates", "menu.pickCandidates", null, "Shortcut+K"),
    MOVE_UP("moveUp", "menu.moveUp", "fth-arrow-up", "Alt+Up"),
    MOVE_DOWN("moveDown", "menu.moveDown", "fth-arrow-down", "Alt+Down"),
    REMOVE_CANDIDATE("removeCandidate", "menu.removeCandidate", "fth-x", null),
    NEW_CREDENTIAL("newCredential", "menu.newCredential", "fth-plus", "Shortcut+N"),
    EDIT_CREDENTIAL("editCredential", "menu.editCredential", "fth-edit", null),
    DELETE_CREDENTIAL("deleteCredential", "menu.deleteCredential", "fth-trash-2", null),
    NEW_PROVIDER("newProvider", "menu.newProvider", null, null),
    SEARCH("search", "menu.search", "fth-search", "Shortcut+F"),
    ATTACH("attach", "menu.attach", "fth-paperclip", null),
    SHOW_PROFILES("showProfiles", "nav.profiles", "fth-users", "Shortcut+1"),
    SHOW_GOALS("showGoals", "nav.goals", "fth-target", "Shortcut+2"),
    SHOW_RECOMMEND("showRecommend", "nav.recommend", "fth-zap", "Shortcut+R"),
    SHOW_CATALOG("showCatalog", "nav.catalog", "fth-book-open", "Shortcut+3"),
    SHOW_COMPARE("showCompare", "nav.compare", "fth-bar-chart-2", "Shortcut+4"),
    SHOW_REPORTS("showReports", "nav.reports", "fth-file-text", "Shortcut+5"),
    SHOW_BACKUPS("showBackups", "nav.backups", "fth-archive", "Shortcut+6"),
    WELCOME("welcome", "menu.welcome", null, null),
    USER_GUIDE("userGuide", "menu.userGuide", "fth-help-circle", "F1"),
    SHORTCUTS("shortcuts", "menu.shortcuts", null, "Shortcut+F1"),
    ABOUT("about", "menu.about", "fth-info", null);

    private final String id;
    private final String labelKey;
    private final String icon;
    private final String accelerator;

    AppCommand(String id, String labelKey, String icon, String accelerator) {
        this.id = id;
        this.labelKey = labelKey;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    /** The name menus and buttons use for it in FXML ({@code id="newGoal"}). */
    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** An Ikonli Feather icon literal. */
    public Optional<String> icon() {
        return Optional.ofNullable(icon);
    }

    public Optional<String> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    public static Optional<AppCommand> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
