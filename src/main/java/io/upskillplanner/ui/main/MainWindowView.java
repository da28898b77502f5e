package io.upskillplanner.ui.main;

import java.util.Map;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.FxDialogService;
import io.upskillplanner.ui.common.LabelConverter;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;
import io.upskillplanner.ui.help.HelpPages;
import io.upskillplanner.ui.help.WelcomeView;
import io.upskillplanner.ui.help.WelcomeViewModel;
import io.upskillplanner.ui.imports.ImportFlow;

import org.controlsfx.control.StatusBar;

/** The shell: menus bound to the commands, navigation, the current profile, the active screen, the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AppCommands commands;
    private DialogService dialogs;
    private Screens screens;

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
    @FXML private MenuBar menuBar;
    @FXML private StatusBar statusBar;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
        this.commands = viewModel.commands();
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        dialogs = FxDialogService.over(root, Editors.forms());
        screens = new Screens(viewModel, dialogs, this::onScreen);
        loadingLabel.textProperty().bind(viewModel.startupStatusProperty());
        statusBar.textProperty().bind(viewModel.startupStatusProperty());
        // Alt-free access for screen readers: the switcher is announced with its label.
        profileLabel.setLabelFor(profileSwitcher);
        profileSwitcher.setAccessibleText(Messages.get("header.profile"));
        profileSwitcher.disableProperty().bind(viewModel.readyProperty().not());
        profileSwitcher.setConverter(LabelConverter.of(Profile::name));
        profileSwitcher.setButtonCell(new ProfileCell());
        profileSwitcher.setCellFactory(list -> new ProfileCell());
        viewModel.sectionProperty().addListener((obs, old, section) -> showSection(section));
        Navigation.bind(sections, Map.of(profilesButton, Section.PROFILES, goalsButton, Section.GOALS,
                recommendButton, Section.RECOMMEND, catalogButton, Section.CATALOG, compareButton, Section.COMPARE, reportsButton, Section.REPORTS,
                backupsButton, Section.BACKUPS, settingsButton, Section.SETTINGS), viewModel);
        commands.on(AppCommand.QUIT, Platform::exit);
        commands.on(AppCommand.SWITCH_PROFILE, this::openProfileSwitcher);
        commands.on(AppCommand.USER_GUIDE, () -> HelpPages.userGuide(root));
        commands.on(AppCommand.SHORTCUTS, () -> HelpPages.shortcuts(root, menuBar));
        commands.on(AppCommand.ABOUT, () -> dialogs.showInformation(Messages.get("about.title"),
                viewModel.windowTitle(), viewModel.aboutText()));
        commands.on(AppCommand.WELCOME, () -> WelcomeView.open(root,
                new WelcomeViewModel(viewModel.state(), viewModel.settingsContext().dataFolder())));
        CommandBinding.bindMenus(menuBar.getMenus(), commands);
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
        statusBar.textProperty().bind(state.statusProperty());
        statusBar.getRightItems().setAll(Navigation.undoLink(state, commands.get(AppCommand.UNDO)),
                new Label(Messages.get("status.dataFolder", viewModel.dataFolderProperty().get())));
        profileSwitcher.setItems(state.profiles());
        profileSwitcher.valueProperty().bindBidirectional(state.currentProfileProperty());
        screens.build();
        content.getChildren().remove(loadingPane);
        showSection(viewModel.sectionProperty().get());
        // The first screen is built and asking for its data; the rest of the app follows once the
        // profiles are on it, so that its queries come after the first screen's on the database thread.
        state.afterFirstProfilesLoad(() -> Platform.runLater(() -> {
            var imports = screens.buildShared();
            statusBar.progressProperty().bind(imports.progressProperty());
            ImportFlow.attach(root, imports, dialogs);
        }));
        if (viewModel.welcomeAtStart()) {
            // After the screens are on: the welcome opens over a window that is ready to use.
            Platform.runLater(() -> commands.execute(AppCommand.WELCOME));
        }
    }

    private void showSection(Section section) {
        Parent screen = screens.get(section);
        if (screen != null) {
            content.getChildren().setAll(screen);
            Navigation.select(sections, section);
        }
    }

    /** Shows a section, then does something on it once its controls are in the scene. */
    private void onScreen(Section section, Runnable action) {
        viewModel.show(section);
        // A screen shown for the first time has no skins yet, and the controls inside a split pane
        // join the scene only with its skin: build them now, so that a dialog has its owner.
        content.applyCss();
        content.layout();
        action.run();
    }

    private void openProfileSwitcher() {
        profileSwitcher.requestFocus();
        profileSwitcher.show();
    }

    public Node root() {
        return root;
    }
}
