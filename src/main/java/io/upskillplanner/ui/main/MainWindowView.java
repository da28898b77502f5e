package io.upskillplanner.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.ui.backups.BackupOperations;
import io.upskillplanner.ui.backups.BackupsView;
import io.upskillplanner.ui.backups.BackupsViewModel;
import io.upskillplanner.ui.catalog.CatalogView;
import io.upskillplanner.ui.catalog.CatalogViewModel;
import io.upskillplanner.ui.common.Dialogs;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;
import io.upskillplanner.ui.common.ViewLoader;
import io.upskillplanner.ui.compare.CompareView;
import io.upskillplanner.ui.compare.CompareViewModel;
import io.upskillplanner.ui.goals.CandidatePickerViewModel;
import io.upskillplanner.ui.goals.GoalsView;
import io.upskillplanner.ui.goals.GoalsViewModel;
import io.upskillplanner.ui.help.HelpPages;
import io.upskillplanner.ui.help.WelcomeView;
import io.upskillplanner.ui.help.WelcomeViewModel;
import io.upskillplanner.ui.imports.ImportDialogView;
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

import org.controlsfx.control.StatusBar;

/** The shell: menu, navigation, current profile, the active screen and the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final Map<Section, Parent> screens = new EnumMap<>(Section.class);
    private ImportViewModel imports;
    private final RecommendationMemory recommendations = new RecommendationMemory();

    @FXML private BorderPane root;
    @FXML private StackPane content;
    @FXML private VBox loadingPane;
    @FXML private Label loadingLabel;
    @FXML private Label profileLabel;
    @FXML private ComboBox<Profile> profileSwitcher;
    @FXML private ToggleGroup sections;
    @FXML private ToggleButton profilesButton;
    @FXML private ToggleButton goalsButton;
    @FXML private ToggleButton recommendButton;
    @FXML private ToggleButton catalogButton;
    @FXML private ToggleButton compareButton;
    @FXML private ToggleButton reportsButton;
    @FXML private ToggleButton backupsButton;
    @FXML private ToggleButton settingsButton;
    @FXML private MenuItem settingsItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem profilesItem;
    @FXML private MenuItem goalsItem;
    @FXML private MenuItem recommendItem;
    @FXML private MenuItem catalogItem;
    @FXML private MenuItem compareItem;
    @FXML private MenuItem reportsItem;
    @FXML private MenuItem backupsItem;
    @FXML private MenuItem switchProfileItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem newProfileItem;
    @FXML private MenuItem editProfileItem;
    @FXML private MenuItem deleteProfileItem;
    @FXML private MenuItem addNoteItem;
    @FXML private MenuItem newGoalItem;
    @FXML private MenuItem editGoalItem;
    @FXML private MenuItem deleteGoalItem;
    @FXML private MenuItem pickCandidatesItem;
    @FXML private MenuItem moveUpItem;
    @FXML private MenuItem moveDownItem;
    @FXML private MenuItem removeCandidateItem;
    @FXML private MenuItem newCredentialItem;
    @FXML private MenuItem editCredentialItem;
    @FXML private MenuItem deleteCredentialItem;
    @FXML private MenuItem newProviderItem;
    @FXML private MenuItem searchItem;
    @FXML private MenuItem attachItem;
    @FXML private MenuItem userGuideItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuBar menuBar;
    @FXML private StatusBar statusBar;
    private ProfilesView profilesView;
    private GoalsView goalsView;
    private CatalogView catalogView;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        loadingLabel.textProperty().bind(viewModel.startupStatusProperty());
        statusBar.textProperty().bind(viewModel.startupStatusProperty());
        // Alt-free access for screen readers: the switcher is announced with its label.
        profileLabel.setLabelFor(profileSwitcher);
        profileSwitcher.setAccessibleText(Messages.get("header.profile"));
        profileSwitcher.setDisable(true);
        root.getLeft().setDisable(true);
        Map<ToggleButton, Section> buttons = Map.of(profilesButton, Section.PROFILES, goalsButton, Section.GOALS,
                recommendButton, Section.RECOMMEND, catalogButton, Section.CATALOG, compareButton, Section.COMPARE, reportsButton, Section.REPORTS,
                backupsButton, Section.BACKUPS, settingsButton, Section.SETTINGS);
        buttons.forEach((button, section) -> button.setUserData(section));
        sections.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A section stays selected: clicking the active button again does not clear it.
                sections.selectToggle(old);
            } else {
                viewModel.show((Section) selected.getUserData());
            }
        });
        viewModel.sectionProperty().addListener((obs, old, section) -> showSection(section));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setDisable(true);
        profilesItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        goalsItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        recommendItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        catalogItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        compareItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        reportsItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        backupsItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN));
        settingsItem.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        switchProfileItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        newProfileItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        addNoteItem.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        newGoalItem.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        pickCandidatesItem.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        moveUpItem.setAccelerator(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN));
        moveDownItem.setAccelerator(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN));
        newCredentialItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        searchItem.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        userGuideItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcutsItem.setAccelerator(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHORTCUT_DOWN));
        menuBar.getMenus().subList(1, 5).forEach(menu -> menu.setDisable(true));
        profileSwitcher.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return profile == null ? "" : profile.name();
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });
        profileSwitcher.setButtonCell(new ProfileCell());
        profileSwitcher.setCellFactory(list -> new ProfileCell());
        viewModel.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                onStoreReady();
            }
        });
        if (viewModel.readyProperty().get()) {
            onStoreReady();
        }
    }

    private void onStoreReady() {
        AppState state = viewModel.state();
        statusBar.textProperty().unbind();
        statusBar.textProperty().bind(state.statusProperty());
        Label folder = new Label(Messages.get("status.dataFolder", viewModel.dataFolderProperty().get()));
        Hyperlink undoLink = new Hyperlink();
        undoLink.setId("undoLink");
        undoLink.textProperty().bind(Bindings.createStringBinding(() -> state.undoProperty().get() == null ? ""
                : Messages.get("status.undo"), state.undoProperty()));
        undoLink.visibleProperty().bind(state.undoProperty().isNotNull());
        undoLink.managedProperty().bind(undoLink.visibleProperty());
        undoLink.setOnAction(e -> state.undo());
        undoItem.disableProperty().bind(state.undoProperty().isNull());
        statusBar.getRightItems().setAll(undoLink, folder);
        menuBar.getMenus().forEach(menu -> menu.setDisable(false));
        profileSwitcher.setItems(state.profiles());
        profileSwitcher.valueProperty().bindBidirectional(state.currentProfileProperty());
        profileSwitcher.setDisable(false);
        root.getLeft().setDisable(false);
        registerPlanningScreens();
        register(Section.RECOMMEND, s -> new RecommendView(new RecommendViewModel(s, new ChocoPlanSolver(),
                Platform::runLater, LocalDate::now, SolveLimits.DEFAULT_TIME_LIMIT, recommendations)).load());
        register(Section.COMPARE, s -> {
            CompareViewModel compare = new CompareViewModel(s);
            Parent screen = new CompareView(compare).load();
            PlanVersusPane.addTo(screen, new PlanVersusPane(new PlanVersusViewModel(recommendations,
                    compare.selectedGoalProperty(), compare.evaluationProperty())));
            return screen;
        });
        register(Section.REPORTS, s -> new ReportsView(new ReportsViewModel(s, Platform::runLater, DocumentOpener.system(),
                LocalDate::now)).load());
        BackupOperations backupOperations = viewModel.backupOperations();
        if (backupOperations != null) {
            register(Section.BACKUPS, s -> new BackupsView(new BackupsViewModel(backupOperations, s.tasks(),
                    this::confirm, this::afterRestore)).load());
        } else {
            backupsButton.setDisable(true);
            backupsItem.setDisable(true);
        }
        register(Section.SETTINGS, s -> {
            SettingsViewModel settings = new SettingsViewModel(s.store(), s.tasks(), viewModel.settingsContext());
            settings.savedCurrencyProperty().addListener((obs, old, currency) -> s.setDefaultCurrency(currency));
            settings.counselorNameProperty().bindBidirectional(s.preparedBy().nameProperty());
            return new SettingsView(settings).load();
        });
        setUpImport(state);
        content.getChildren().remove(loadingPane);
        selectButton(viewModel.sectionProperty().get());
        showSection(viewModel.sectionProperty().get());
        if (viewModel.welcomeAtStart()) {
            // After the screens are on: the welcome opens over a window that is ready to use.
            Platform.runLater(this::showWelcome);
        }
    }

    /** The screens that show profiles, goals and the catalog; rebuilt when a restore replaces the data. */
    private void registerPlanningScreens() {
        register(Section.PROFILES, s -> {
            profilesView = new ProfilesView(new ProfilesViewModel(s));
            return profilesView.load();
        });
        // The catalog first: it shows its first page before the shared search index is read.
        register(Section.CATALOG, s -> {
            catalogView = new CatalogView(new CatalogViewModel(s));
            return catalogView.load();
        });
        register(Section.GOALS, s -> {
            goalsView = new GoalsView(new GoalsViewModel(s), new CandidatePickerViewModel(s));
            return goalsView.load();
        });
    }

    /** The data was replaced by a backup: every screen but this one is rebuilt over the restored data. */
    private void afterRestore() {
        AppState state = viewModel.state();
        state.reloadCatalogIndex();
        registerPlanningScreens();
        state.catalogChanged();
        state.planChanged();
        state.reloadProfiles();
    }

    private boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Dialogs.keepInView(alert);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void setUpImport(AppState state) {
        imports = new ImportViewModel(new ImportService(state.store(), Importers.standard()), state.tasks(),
                state::currentProfile, () -> {
                    state.reloadProfiles();
                    state.reloadCatalogIndex();
                    state.planChanged();
                });
        imports.statusProperty().addListener((obs, old, text) -> state.setStatus(text));
        statusBar.progressProperty().bind(imports.progressProperty());
        imports.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == ImportViewModel.Phase.PREVIEW) {
                showImportPreview();
            } else if (phase == ImportViewModel.Phase.FAILED) {
                showImportFailure(imports.failureProperty().get());
            }
        });
        importItem.setDisable(false);
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                imports.check(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    @FXML
    private void importFiles() {
        if (imports == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooserTitle"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filterSupported"), "*.json", "*.jsonld", "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("import.filterAll"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            List<Path> paths = files.stream().map(File::toPath).toList();
            imports.check(paths);
        }
    }

    private void showImportPreview() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(Messages.get("import.previewTitle"));
        ButtonType importButton = new ButtonType(Messages.get("import.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(Dialogs.scrolling(new ImportDialogView(imports).load()));
        dialog.setResizable(true);
        Dialogs.keepInView(dialog);
        if (dialog.showAndWait().filter(importButton::equals).isPresent()) {
            imports.confirm();
        } else {
            imports.cancel();
        }
    }

    private void showImportFailure(ImportViewModel.Failure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(Messages.get("import.failedTitle"));
        alert.setHeaderText(Messages.get("import.failedHeader"));
        alert.setContentText(Messages.get("import.failedText", failure.file(),
                failure.place().isEmpty() ? Messages.get("import.noPlace") : failure.place(), failure.reason()));
        Dialogs.keepInView(alert);
        alert.showAndWait();
    }

    private void register(Section section, Function<AppState, Parent> factory) {
        screens.put(section, factory.apply(viewModel.state()));
    }

    private void showSection(Section section) {
        Parent screen = screens.get(section);
        if (screen == null) {
            return;
        }
        content.getChildren().setAll(screen);
        selectButton(section);
    }

    private void selectButton(Section section) {
        sections.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .ifPresent(sections::selectToggle);
    }

    @FXML
    private void showProfiles() {
        viewModel.show(Section.PROFILES);
    }

    @FXML
    private void showGoals() {
        viewModel.show(Section.GOALS);
    }

    @FXML
    private void showRecommend() {
        viewModel.show(Section.RECOMMEND);
    }

    @FXML
    private void showCatalog() {
        viewModel.show(Section.CATALOG);
    }

    @FXML
    private void showCompare() {
        viewModel.show(Section.COMPARE);
    }

    @FXML
    private void showReports() {
        viewModel.show(Section.REPORTS);
    }

    @FXML
    private void showBackups() {
        viewModel.show(Section.BACKUPS);
    }

    @FXML
    private void showSettings() {
        viewModel.show(Section.SETTINGS);
    }

    @FXML
    private void focusProfileSwitcher() {
        profileSwitcher.requestFocus();
        profileSwitcher.show();
    }

    @FXML
    private void undo() {
        if (viewModel.state() != null) {
            viewModel.state().undo();
        }
    }

    @FXML
    private void newProfile() {
        on(Section.PROFILES, () -> profilesView.newProfile());
    }

    @FXML
    private void editProfile() {
        on(Section.PROFILES, () -> profilesView.editProfile());
    }

    @FXML
    private void deleteProfile() {
        on(Section.PROFILES, () -> profilesView.deleteProfile());
    }

    @FXML
    private void addNote() {
        on(Section.PROFILES, () -> profilesView.addNote());
    }

    @FXML
    private void newGoal() {
        on(Section.GOALS, () -> goalsView.newGoal());
    }

    @FXML
    private void editGoal() {
        on(Section.GOALS, () -> goalsView.editGoal());
    }

    @FXML
    private void deleteGoal() {
        on(Section.GOALS, () -> goalsView.deleteGoal());
    }

    @FXML
    private void pickCandidates() {
        on(Section.GOALS, () -> goalsView.focusPicker());
    }

    @FXML
    private void moveCandidateUp() {
        on(Section.GOALS, () -> goalsView.moveUp());
    }

    @FXML
    private void moveCandidateDown() {
        on(Section.GOALS, () -> goalsView.moveDown());
    }

    @FXML
    private void removeCandidate() {
        on(Section.GOALS, () -> goalsView.removeCandidate());
    }

    @FXML
    private void newCredential() {
        on(Section.CATALOG, () -> catalogView.newCredential());
    }

    @FXML
    private void editCredential() {
        on(Section.CATALOG, () -> catalogView.editCredential());
    }

    @FXML
    private void deleteCredential() {
        on(Section.CATALOG, () -> catalogView.deleteCredential());
    }

    @FXML
    private void newProvider() {
        on(Section.CATALOG, () -> catalogView.newProvider());
    }

    @FXML
    private void searchCatalog() {
        on(Section.CATALOG, () -> catalogView.focusSearch());
    }

    @FXML
    private void attachToGoal() {
        on(Section.CATALOG, () -> catalogView.attachToGoal());
    }

    /** Shows a section, then does something on it; nothing before the store is open. */
    private void on(Section section, Runnable action) {
        if (!viewModel.readyProperty().get()) {
            return;
        }
        viewModel.show(section);
        // A screen shown for the first time has no skins yet, and the controls inside a split pane
        // join the scene only with its skin: build them now, so that a dialog has its owner.
        content.applyCss();
        content.layout();
        action.run();
    }

    @FXML
    private void showWelcome() {
        if (viewModel.readyProperty().get()) {
            WelcomeView.open(root, new WelcomeViewModel(viewModel.state(), viewModel.settingsContext().dataFolder()));
        }
    }

    @FXML
    private void showUserGuide() {
        HelpPages.userGuide(root);
    }

    @FXML
    private void showShortcuts() {
        HelpPages.shortcuts(root, menuBar);
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(viewModel.windowTitle());
        alert.setContentText(viewModel.aboutText());
        Dialogs.keepInView(alert);
        alert.showAndWait();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    public Node root() {
        return root;
    }

    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null
                    : profile.name() + " · " + Messages.get("enum.ProfileKind." + profile.kind().name()));
            setGraphic(!empty && SampleMark.isSample(profile) ? SampleMark.tag() : null);
            setContentDisplay(ContentDisplay.RIGHT);
        }
    }
}
