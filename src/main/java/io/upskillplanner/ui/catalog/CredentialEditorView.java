package io.upskillplanner.ui.catalog;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.ui.common.EditorForms;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.EnumConverter;
import io.upskillplanner.ui.common.FormBinding;
import io.upskillplanner.ui.common.LabelConverter;
import io.upskillplanner.ui.common.SkillListBinding;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.ViewLoader;

/** The credential form, shown in a dialog. */
public final class CredentialEditorView {

    private final CredentialEditorViewModel viewModel;

    @FXML private TextField titleField;
    @FXML private ComboBox<Provider> providerBox;
    @FXML private Button editProviderButton;
    @FXML private ComboBox<CredentialKind> kindBox;
    @FXML private TextArea descriptionArea;
    @FXML private TextField urlField;
    @FXML private TextField eqfField;
    @FXML private TextField currencyField;
    @FXML private TextField tuitionField;
    @FXML private TextField examField;
    @FXML private TextField materialsField;
    @FXML private TextField renewalField;
    @FXML private TextField renewalMonthsField;
    @FXML private TextField effortField;
    @FXML private TextField durationField;
    @FXML private ComboBox<DeliveryFormat> formatBox;
    @FXML private ComboBox<Pacing> pacingBox;
    @FXML private TextField accreditationField;
    @FXML private TextField curriculumField;
    @FXML private Spinner<Integer> instructorSpinner;
    @FXML private Spinner<Integer> careerSpinner;
    @FXML private TextField creditsField;
    @FXML private ComboBox<CreditUnit> creditUnitBox;
    @FXML private TextField stacksIntoField;
    @FXML private ComboBox<BadgeStandard> badgeBox;
    @FXML private TextField validityField;
    @FXML private TextArea drawbacksArea;
    @FXML private TextField skillField;
    @FXML private Button removeSkillButton;
    @FXML private ListView<SkillRef> skillList;
    @FXML private ComboBox<String> recognitionIndustryBox;
    @FXML private Spinner<Integer> recognitionLevelSpinner;
    @FXML private TextField recognitionEvidenceField;
    @FXML private TableView<Recognition> recognitionTable;
    @FXML private TableColumn<Recognition, String> industryColumn;
    @FXML private TableColumn<Recognition, Number> levelColumn;
    @FXML private TableColumn<Recognition, String> evidenceColumn;
    @FXML private Button editRecognitionButton;
    @FXML private Button removeRecognitionButton;
    @FXML private TextField sourceField;
    @FXML private DatePicker verifiedPicker;
    @FXML private Label staleLabel;

    public CredentialEditorView(CredentialEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The loaded form, its first field to take the focus. */
    public EditorForms.Form form() {
        Parent root = ViewLoader.load(this);
        return new EditorForms.Form(root, titleField);
    }

    @FXML
    private void initialize() {
        var errors = viewModel.errors();
        FormBinding.text(titleField, viewModel.titleProperty(), errors.of("title"));
        providerBox.setItems(viewModel.providers());
        providerBox.setConverter(LabelConverter.of(Provider::name));
        providerBox.valueProperty().bindBidirectional(viewModel.providerProperty());
        editProviderButton.disableProperty().bind(viewModel.providerProperty().isNull());
        EnumConverter.bind(kindBox, CredentialKind.class, viewModel.kindProperty());
        descriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        FormBinding.text(urlField, viewModel.urlProperty(), errors.of("url"));
        FormBinding.text(eqfField, viewModel.eqfLevelProperty(), errors.of("eqfLevel"));
        FormBinding.text(currencyField, viewModel.currencyProperty(), errors.of("currency"));
        FormBinding.text(tuitionField, viewModel.tuitionProperty(), errors.of("tuition"));
        FormBinding.text(examField, viewModel.examProperty(), errors.of("exam"));
        FormBinding.text(materialsField, viewModel.materialsProperty(), errors.of("materials"));
        FormBinding.text(renewalField, viewModel.renewalProperty(), errors.of("renewal"));
        FormBinding.text(renewalMonthsField, viewModel.renewalMonthsProperty(), errors.of("renewalMonths"));
        FormBinding.text(effortField, viewModel.effortHoursProperty(), errors.of("effortHours"));
        FormBinding.text(durationField, viewModel.durationWeeksProperty(), errors.of("durationWeeks"));
        EnumConverter.bind(formatBox, DeliveryFormat.class, viewModel.formatProperty());
        EnumConverter.bind(pacingBox, Pacing.class, viewModel.pacingProperty());
        accreditationField.textProperty().bindBidirectional(viewModel.accreditationBodyProperty());
        curriculumField.textProperty().bindBidirectional(viewModel.curriculumStandardProperty());
        instructorSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.instructorExpertiseProperty());
        careerSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.careerSupportProperty());
        FormBinding.text(creditsField, viewModel.creditsProperty(), errors.of("credits"));
        creditUnitBox.getItems().add(null);
        EnumConverter.bind(creditUnitBox, CreditUnit.class, viewModel.creditUnitProperty());
        FormBinding.error(creditUnitBox, errors.of("creditUnit"));
        stacksIntoField.textProperty().bindBidirectional(viewModel.stacksIntoProperty());
        EnumConverter.bind(badgeBox, BadgeStandard.class, viewModel.badgeStandardProperty());
        FormBinding.text(validityField, viewModel.validityMonthsProperty(), errors.of("validityMonths"));
        drawbacksArea.textProperty().bindBidirectional(viewModel.drawbacksProperty());

        SkillListBinding.bind(skillField, viewModel.skillInputProperty(), viewModel::suggestSkills, this::addSkill,
                skillList, viewModel.skills(), SkillRef::label, this::removeSkill, null);
        removeSkillButton.disableProperty().bind(skillList.getSelectionModel().selectedItemProperty().isNull());

        recognitionIndustryBox.getItems().setAll(viewModel.industryChoices());
        recognitionIndustryBox.getEditor().textProperty().bindBidirectional(viewModel.recognitionIndustryProperty());
        FormBinding.error(recognitionIndustryBox, errors.of("recognitionIndustry"));
        recognitionLevelSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.recognitionLevelProperty());
        recognitionEvidenceField.textProperty().bindBidirectional(viewModel.recognitionEvidenceProperty());
        recognitionEvidenceField.setOnAction(e -> {
            e.consume();
            addRecognition();
        });
        recognitionTable.setItems(viewModel.recognition());
        ColumnWidths.keepReadable(recognitionTable, industryColumn, levelColumn);
        Columns.text(industryColumn, r -> Formats.industry(r.industry()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        Columns.text(evidenceColumn, Recognition::evidence);
        var noRecognition = recognitionTable.getSelectionModel().selectedItemProperty().isNull();
        editRecognitionButton.disableProperty().bind(noRecognition);
        removeRecognitionButton.disableProperty().bind(noRecognition);

        sourceField.textProperty().bindBidirectional(viewModel.sourceProperty());
        verifiedPicker.setConverter(Formats.dateConverter());
        verifiedPicker.valueProperty().bindBidirectional(viewModel.lastVerifiedProperty());
        FormBinding.error(verifiedPicker, errors.of("lastVerified"));
        staleLabel.textProperty().bind(viewModel.staleWarningProperty());
    }

    @FXML
    private void addSkill() {
        viewModel.addSkill();
    }

    @FXML
    private void removeSkill() {
        viewModel.removeSkill(skillList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addRecognition() {
        viewModel.addRecognition();
    }

    @FXML
    private void editRecognition() {
        viewModel.editRecognition(recognitionTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeRecognition() {
        viewModel.removeRecognition(recognitionTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void verifiedToday() {
        viewModel.markVerifiedToday();
    }

    @FXML
    private void newProvider() {
        viewModel.newProvider();
    }

    @FXML
    private void editProvider() {
        viewModel.editProvider();
    }
}
