package io.upskillplanner.ui.help;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** The welcome dialog: four numbered steps, the sample data and how to start without it. */
public final class WelcomeView {

    private final WelcomeViewModel viewModel;

    @FXML private VBox steps;
    @FXML private Button removeSamplesButton;
    @FXML private CheckBox dontShowAgainBox;

    public WelcomeView(WelcomeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the welcome over the window of {@code owner}; closing it remembers "Don't show again". */
    public static Dialog<ButtonType> open(Node owner, WelcomeViewModel viewModel) {
        WelcomeView view = new WelcomeView(viewModel);
        ButtonType start = new ButtonType(Messages.get("welcome.start"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = HelpPages.dialog(owner, Messages.get("welcome.title"), ViewLoader.load(view), start);
        dialog.getDialogPane().setId("welcomeDialog");
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.setId("welcomeStartButton");
        startButton.setDefaultButton(true);
        dialog.setOnHidden(e -> viewModel.closed());
        HelpPages.show(dialog);
        return dialog;
    }

    @FXML
    private void initialize() {
        int number = 1;
        for (WelcomeViewModel.Step step : viewModel.steps()) {
            Label badge = new Label(Integer.toString(number++));
            badge.getStyleClass().add("welcome-step-number");
            Label title = new Label(step.title());
            title.getStyleClass().add("section-title");
            Label text = new Label(step.text());
            text.setWrapText(true);
            VBox words = new VBox(2, title, text);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(10, badge, words);
            row.getStyleClass().add("welcome-step");
            steps.getChildren().add(row);
        }
        removeSamplesButton.disableProperty().bind(viewModel.hasSampleProfilesProperty().not());
        dontShowAgainBox.selectedProperty().bindBidirectional(viewModel.dontShowAgainProperty());
    }

    @FXML
    private void removeSampleProfiles() {
        viewModel.removeSampleProfiles();
    }
}
