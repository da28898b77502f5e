package io.upskillplanner.ui.main;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Parent;

import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.ui.backups.BackupOperations;
import io.upskillplanner.ui.backups.BackupsView;
import io.upskillplanner.ui.backups.BackupsViewModel;
import io.upskillplanner.ui.catalog.CatalogView;
import io.upskillplanner.ui.catalog.CatalogViewModel;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.compare.CompareView;
import io.upskillplanner.ui.compare.CompareViewModel;
import io.upskillplanner.ui.goals.CandidatePickerViewModel;
import io.upskillplanner.ui.goals.GoalsView;
import io.upskillplanner.ui.goals.GoalsViewModel;
import io.upskillplanner.ui.imports.ImportViewModel;
import io.upskillplanner.ui.profiles.ProfilesView;
import io.upskillplanner.ui.profiles.ProfilesViewModel;
import io.upskillplanner.ui.recommend.PlanVersusPane;
import io.upskillplanner.ui.recommend.PlanVersusViewModel;
import io.upskillplanner.ui.recommend.RecommendView;
import io.upskillplanner.ui.recommend.RecommendViewModel;
import io.upskillplanner.ui.recommend.RecommendationMemory;
import io.upskillplanner.ui.reports.DocumentOpener;
import io.upskillplanner.ui.reports.ReportsView;
import io.upskillplanner.ui.reports.ReportsViewModel;
import io.upskillplanner.ui.settings.SettingsView;
import io.upskillplanner.ui.settings.SettingsViewModel;

/**
 * The composition root of the screens: once the store is open it builds each screen's view model
 * and view, handing each its services through the constructor, and points the commands of the
 * catalogue at the screen that carries them out. No screen knows another; they meet here.
 * A screen is built when it is first shown, so that a start builds only the one it opens on
 * (docs/decisions/0022); what the whole app depends on (the settings' default currency and
 * counselor name, the import, the catalog's search index) starts with {@link #buildShared()}.
 */
public final class Screens {

    private final MainWindowViewModel shell;
    private final AppCommands commands;
    private final DialogService dialogs;
    private final BiConsumer<Section, Runnable> onScreen;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);
    private final Map<Section, Supplier<Parent>> factories = new EnumMap<>(Section.class);
    private final RecommendationMemory recommendations = new RecommendationMemory();
    private ChocoPlanSolver solver;
    private SettingsViewModel settings;
    private ProfilesView profiles;
    private CatalogView catalog;
    private GoalsView goals;

    /** @param onScreen shows a section with its controls laid out, then runs the action on it */
    public Screens(MainWindowViewModel shell, DialogService dialogs, BiConsumer<Section, Runnable> onScreen) {
        this.shell = shell;
        this.commands = shell.commands();
        this.dialogs = dialogs;
        this.onScreen = onScreen;
    }

    /** The screen of a section, built on first use; null for a section this window has not (backups of a server). */
    public Parent get(Section section) {
        Supplier<Parent> factory = factories.get(section);
        return factory == null ? null : built.computeIfAbsent(section, s -> factory.get());
    }

    /** Whether a section's screen has been built (it is built when first shown). */
    public boolean isBuilt(Section section) {
        return built.containsKey(section);
    }

    /** Makes every screen available over the open store, and binds the commands that open them. */
    public void build() {
        AppState state = shell.state();
        factories.put(Section.PROFILES, () -> {
            profiles = new ProfilesView(new ProfilesViewModel(state, dialogs));
            return profiles.load();
        });
        on(AppCommand.NEW_PROFILE, Section.PROFILES, () -> profiles.newProfile());
        on(AppCommand.EDIT_PROFILE, Section.PROFILES, () -> profiles.editProfile());
        on(AppCommand.DELETE_PROFILE, Section.PROFILES, () -> profiles.deleteProfile());
        on(AppCommand.ADD_NOTE, Section.PROFILES, () -> profiles.addNote());
        factories.put(Section.CATALOG, () -> {
            catalog = new CatalogView(new CatalogViewModel(state, dialogs));
            return catalog.load();
        });
        on(AppCommand.NEW_CREDENTIAL, Section.CATALOG, () -> catalog.newCredential());
        on(AppCommand.EDIT_CREDENTIAL, Section.CATALOG, () -> catalog.editCredential());
        on(AppCommand.DELETE_CREDENTIAL, Section.CATALOG, () -> catalog.deleteCredential());
        on(AppCommand.NEW_PROVIDER, Section.CATALOG, () -> catalog.newProvider());
        on(AppCommand.SEARCH, Section.CATALOG, () -> catalog.focusSearch());
        on(AppCommand.ATTACH, Section.CATALOG, () -> catalog.attachToGoal());
        factories.put(Section.GOALS, () -> {
            goals = new GoalsView(new GoalsViewModel(state, dialogs), new CandidatePickerViewModel(state));
            return goals.load();
        });
        on(AppCommand.NEW_GOAL, Section.GOALS, () -> goals.newGoal());
        on(AppCommand.EDIT_GOAL, Section.GOALS, () -> goals.editGoal());
        on(AppCommand.DELETE_GOAL, Section.GOALS, () -> goals.deleteGoal());
        on(AppCommand.PICK_CANDIDATES, Section.GOALS, () -> goals.focusPicker());
        on(AppCommand.MOVE_UP, Section.GOALS, () -> goals.moveUp());
        on(AppCommand.MOVE_DOWN, Section.GOALS, () -> goals.moveDown());
        on(AppCommand.REMOVE_CANDIDATE, Section.GOALS, () -> goals.removeCandidate());
        factories.put(Section.RECOMMEND, () -> new RecommendView(new RecommendViewModel(state, solver(),
                Platform::runLater, LocalDate::now, SolveLimits.DEFAULT_TIME_LIMIT, recommendations)).load());
        factories.put(Section.COMPARE, () -> {
            CompareViewModel compare = new CompareViewModel(state);
            Parent compareScreen = new CompareView(compare).load();
            PlanVersusPane.addTo(compareScreen, new PlanVersusPane(new PlanVersusViewModel(recommendations,
                    compare.selectedGoalProperty(), compare.evaluationProperty())));
            return compareScreen;
        });
        factories.put(Section.REPORTS, () -> new ReportsView(new ReportsViewModel(state, solver(), Platform::runLater,
                DocumentOpener.system(), LocalDate::now), dialogs).load());
        BackupOperations backups = shell.backupOperations();
        if (backups != null) {
            factories.put(Section.BACKUPS, () -> new BackupsView(new BackupsViewModel(backups, state.tasks(), dialogs::ask,
                    this::afterRestore)).load());
        }
        factories.put(Section.SETTINGS, () -> new SettingsView(settings()).load());
    }

    /**
     * What the app needs whether or not its screen was opened, to call once the first screen is on:
     * the stored settings (new profiles' currency, the name on report covers), the import with its
     * progress, and the catalog's search index read in the background after the first screen's data.
     */
    public ImportViewModel buildShared() {
        AppState state = shell.state();
        SettingsViewModel stored = settings();
        if (!isBuilt(Section.SETTINGS)) {
            stored.load();
        }
        state.withCatalogIndex(index -> { });
        return imports();
    }

    private SettingsViewModel settings() {
        if (settings == null) {
            AppState state = shell.state();
            settings = new SettingsViewModel(state.store(), state.tasks(), shell.settingsContext());
            settings.savedCurrencyProperty().addListener((obs, old, currency) -> state.setDefaultCurrency(currency));
            settings.counselorNameProperty().bindBidirectional(state.preparedBy().nameProperty());
        }
        return settings;
    }

    private ChocoPlanSolver solver() {
        if (solver == null) {
            solver = new ChocoPlanSolver();
        }
        return solver;
    }

    /** The import, its progress and status going to the window's status line. */
    private ImportViewModel imports() {
        AppState state = shell.state();
        ImportViewModel imports = new ImportViewModel(new ImportService(state.store(), Importers.standard()),
                state.tasks(), state::currentProfile, () -> {
                    state.reloadProfiles();
                    state.reloadCatalogIndex();
                    state.planChanged();
                });
        imports.statusProperty().addListener((obs, old, text) -> state.setStatus(text));
        commands.on(AppCommand.IMPORT, shell.readyProperty(), () -> imports.chooseFiles(dialogs));
        return imports;
    }

    private void on(AppCommand command, Section section, Runnable action) {
        commands.on(command, () -> onScreen.accept(section, action));
    }

    /** The data was replaced by a backup: the screens that show it are built again over the restored data. */
    private void afterRestore() {
        AppState state = shell.state();
        state.reloadCatalogIndex();
        built.keySet().removeAll(EnumSet.of(Section.PROFILES, Section.CATALOG, Section.GOALS));
        state.catalogChanged();
        state.planChanged();
        state.reloadProfiles();
    }
}
