package io.upskillplanner.ui.main;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

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
 */
public final class Screens {

    private final MainWindowViewModel shell;
    private final AppCommands commands;
    private final DialogService dialogs;
    private final BiConsumer<Section, Runnable> onScreen;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);
    private final RecommendationMemory recommendations = new RecommendationMemory();

    /** @param onScreen shows a section with its controls laid out, then runs the action on it */
    public Screens(MainWindowViewModel shell, DialogService dialogs, BiConsumer<Section, Runnable> onScreen) {
        this.shell = shell;
        this.commands = shell.commands();
        this.dialogs = dialogs;
        this.onScreen = onScreen;
    }

    public Parent get(Section section) {
        return built.get(section);
    }

    /** Builds every screen over the open store; a screen without what it needs stays off. */
    public void build() {
        AppState state = shell.state();
        buildPlanningScreens();
        ChocoPlanSolver solver = new ChocoPlanSolver();
        built.put(Section.RECOMMEND, new RecommendView(new RecommendViewModel(state, solver,
                Platform::runLater, LocalDate::now, SolveLimits.DEFAULT_TIME_LIMIT, recommendations)).load());
        CompareViewModel compare = new CompareViewModel(state);
        Parent compareScreen = new CompareView(compare).load();
        PlanVersusPane.addTo(compareScreen, new PlanVersusPane(new PlanVersusViewModel(recommendations,
                compare.selectedGoalProperty(), compare.evaluationProperty())));
        built.put(Section.COMPARE, compareScreen);
        built.put(Section.REPORTS, new ReportsView(new ReportsViewModel(state, solver, Platform::runLater,
                DocumentOpener.system(), LocalDate::now), dialogs).load());
        BackupOperations backups = shell.backupOperations();
        if (backups != null) {
            built.put(Section.BACKUPS, new BackupsView(new BackupsViewModel(backups, state.tasks(), dialogs::ask,
                    this::afterRestore)).load());
        }
        SettingsViewModel settings = new SettingsViewModel(state.store(), state.tasks(), shell.settingsContext());
        settings.savedCurrencyProperty().addListener((obs, old, currency) -> state.setDefaultCurrency(currency));
        settings.counselorNameProperty().bindBidirectional(state.preparedBy().nameProperty());
        built.put(Section.SETTINGS, new SettingsView(settings).load());
    }

    /** The import, its progress and status going to the window's status line. */
    public ImportViewModel imports() {
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

    /** The screens that show profiles, goals and the catalog; rebuilt when a restore replaces the data. */
    private void buildPlanningScreens() {
        AppState state = shell.state();
        ProfilesView profiles = new ProfilesView(new ProfilesViewModel(state, dialogs));
        built.put(Section.PROFILES, profiles.load());
        on(AppCommand.NEW_PROFILE, Section.PROFILES, profiles::newProfile);
        on(AppCommand.EDIT_PROFILE, Section.PROFILES, profiles::editProfile);
        on(AppCommand.DELETE_PROFILE, Section.PROFILES, profiles::deleteProfile);
        on(AppCommand.ADD_NOTE, Section.PROFILES, profiles::addNote);
        // The catalog first: it shows its first page before the shared search index is read.
        CatalogView catalog = new CatalogView(new CatalogViewModel(state, dialogs));
        built.put(Section.CATALOG, catalog.load());
        on(AppCommand.NEW_CREDENTIAL, Section.CATALOG, catalog::newCredential);
        on(AppCommand.EDIT_CREDENTIAL, Section.CATALOG, catalog::editCredential);
        on(AppCommand.DELETE_CREDENTIAL, Section.CATALOG, catalog::deleteCredential);
        on(AppCommand.NEW_PROVIDER, Section.CATALOG, catalog::newProvider);
        on(AppCommand.SEARCH, Section.CATALOG, catalog::focusSearch);
        on(AppCommand.ATTACH, Section.CATALOG, catalog::attachToGoal);
        GoalsView goals = new GoalsView(new GoalsViewModel(state, dialogs), new CandidatePickerViewModel(state));
        built.put(Section.GOALS, goals.load());
        on(AppCommand.NEW_GOAL, Section.GOALS, goals::newGoal);
        on(AppCommand.EDIT_GOAL, Section.GOALS, goals::editGoal);
        on(AppCommand.DELETE_GOAL, Section.GOALS, goals::deleteGoal);
        on(AppCommand.PICK_CANDIDATES, Section.GOALS, goals::focusPicker);
        on(AppCommand.MOVE_UP, Section.GOALS, goals::moveUp);
        on(AppCommand.MOVE_DOWN, Section.GOALS, goals::moveDown);
        on(AppCommand.REMOVE_CANDIDATE, Section.GOALS, goals::removeCandidate);
    }

    private void on(AppCommand command, Section section, Runnable action) {
        commands.on(command, () -> onScreen.accept(section, action));
    }

    /** The data was replaced by a backup: every screen but the backups one is rebuilt over the restored data. */
    private void afterRestore() {
        AppState state = shell.state();
        state.reloadCatalogIndex();
        buildPlanningScreens();
        state.catalogChanged();
        state.planChanged();
        state.reloadProfiles();
    }
}
