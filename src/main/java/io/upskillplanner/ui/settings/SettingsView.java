package io.upskillplanner.ui.settings;

import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.GridLabels;
import io.upskillplanner.ui.common.LabelConverter;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** The settings screen: bindings to {@link SettingsViewModel}, nothing more. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML private Label messageLabel;
    @FXML private ComboBox<Theme> themeChoice;
    @FXML private ComboBox<Locale> languageChoice;
    @FXML private Label restartLabel;
    @FXML private Spinner<Integer> fontSizeSpinner;
    @FXML private TextField counselorField;
    @FXML private Spinner<Integer> backupKeepSpinner;
    @FXML private TextField currencyField;
    @FXML private TableView<ExchangeRate> rateTable;
    @FXML private TableColumn<ExchangeRate, String> fromColumn;
    @FXML private TableColumn<ExchangeRate, String> toColumn;
    @FXML private TableColumn<ExchangeRate, String> rateColumn;
    @FXML private TableColumn<ExchangeRate, String> updatedColumn;
    @FXML private TextField rateFromField;
    @FXML private TextField rateToField;
    @FXML private TextField rateValueField;
    @FXML private Button deleteRateButton;
    @FXML private GridPane weightGrid;
    @FXML private TextField dataFolderField;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        Parent root = ViewLoader.load(this);
        GridLabels.link(root);
        viewModel.load();
        return root;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        themeChoice.getItems().setAll(Theme.values());
        themeChoice.setConverter(LabelConverter.of(Formats::label));
        themeChoice.valueProperty().bindBidirectional(viewModel.themeProperty());
        languageChoice.getItems().setAll(Appearance.LANGUAGES);
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        languageChoice.setConverter(LabelConverter.of(locale -> locale.getDisplayLanguage(locale)));
        languageChoice.setButtonCell(new LocaleCell());
        languageChoice.setCellFactory(list -> new LocaleCell());
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        restartLabel.visibleProperty().bind(viewModel.restartNeededProperty());
        restartLabel.managedProperty().bind(restartLabel.visibleProperty());

        fontSizeSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                Appearance.MIN_FONT_SIZE, Appearance.MAX_FONT_SIZE, viewModel.fontSizeProperty().get()));
        fontSizeSpinner.getValueFactory().valueProperty().addListener(
                (obs, old, value) -> viewModel.fontSizeProperty().set(value == null ? old : value));
        backupKeepSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 999,
                viewModel.backupKeepProperty().get()));
        backupKeepSpinner.getValueFactory().valueProperty().addListener(
                (obs, old, value) -> viewModel.backupKeepProperty().set(value == null ? old : value));
        viewModel.backupKeepProperty().addListener(
                (obs, old, value) -> backupKeepSpinner.getValueFactory().setValue(value.intValue()));

        counselorField.textProperty().bindBidirectional(viewModel.counselorNameProperty());
        currencyField.textProperty().bindBidirectional(viewModel.defaultCurrencyProperty());

        rateTable.setItems(viewModel.rates());
        ColumnWidths.keepReadable(rateTable, fromColumn, toColumn, rateColumn, updatedColumn);
        fromColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().from()));
        toColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().to()));
        rateColumn.setCellValueFactory(c -> new SimpleStringProperty(Formats.number(c.getValue().rate())));
        updatedColumn.setCellValueFactory(c -> new SimpleStringProperty(Formats.date(c.getValue().updatedOn())));
        rateTable.getSelectionModel().selectedItemProperty().addListener((obs, old, rate) -> viewModel.edit(rate));
        rateTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteRate();
            }
        });
        deleteRateButton.disableProperty().bind(rateTable.getSelectionModel().selectedItemProperty().isNull());
        rateFromField.textProperty().bindBidirectional(viewModel.rateFromProperty());
        rateToField.textProperty().bindBidirectional(viewModel.rateToProperty());
        rateValueField.textProperty().bindBidirectional(viewModel.rateValueProperty());

        int row = 0;
        for (Criterion criterion : Criterion.values()) {
            Label label = new Label(Messages.get("criterion." + criterion.name()));
            Spinner<Double> spinner = new Spinner<>(0.0, 10.0, viewModel.weightProperty(criterion).get(), 0.5);
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            spinner.setAccessibleText(label.getText());
            spinner.getValueFactory().valueProperty().addListener(
                    (obs, old, value) -> viewModel.weightProperty(criterion).set(value));
            viewModel.weightProperty(criterion).addListener(
                    (obs, old, value) -> spinner.getValueFactory().setValue(value.doubleValue()));
            weightGrid.addRow(row++, label, spinner);
        }
        dataFolderField.setText(viewModel.dataFolder());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void saveRate() {
        viewModel.saveRate();
    }

    @FXML
    private void deleteRate() {
        viewModel.deleteRate(rateTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void resetWeights() {
        viewModel.resetWeights();
    }

    @FXML
    private void openFolder() {
        viewModel.openDataFolder();
    }

    private static final class LocaleCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale locale, boolean empty) {
            super.updateItem(locale, empty);
            setText(empty || locale == null ? null : locale.getDisplayLanguage(locale));
        }
    }
}
