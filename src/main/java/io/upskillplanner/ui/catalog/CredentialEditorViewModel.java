package io.upskillplanner.ui.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.ui.common.EditorViewModel;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NumberInput;
import io.upskillplanner.ui.common.SkillSuggestions;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.main.AppState;

/**
 * The form for a catalog entry with every fact of the data model: costs by part, effort, delivery,
 * the quality signals, credits and stacking, badge and validity, skills, recognition per industry
 * with its evidence, and where the facts came from and when they were last checked.
 */
public final class CredentialEditorViewModel extends EditorViewModel<Credential> {

    private final Credential original;
    private final DialogService dialogs;
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<CredentialKind> kind = new SimpleObjectProperty<>(CredentialKind.CERTIFICATE);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty eqfLevel = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final StringProperty tuition = new SimpleStringProperty("0");
    private final StringProperty exam = new SimpleStringProperty("0");
    private final StringProperty materials = new SimpleStringProperty("0");
    private final StringProperty renewal = new SimpleStringProperty("0");
    private final StringProperty renewalMonths = new SimpleStringProperty("");
    private final StringProperty effortHours = new SimpleStringProperty("");
    private final StringProperty durationWeeks = new SimpleStringProperty("");
    private final ObjectProperty<DeliveryFormat> format = new SimpleObjectProperty<>(DeliveryFormat.ONLINE);
    private final ObjectProperty<Pacing> pacing = new SimpleObjectProperty<>(Pacing.SELF_PACED);
    private final StringProperty accreditationBody = new SimpleStringProperty("");
    private final StringProperty curriculumStandard = new SimpleStringProperty("");
    private final ObjectProperty<Integer> instructorExpertise = new SimpleObjectProperty<>(0);
    private final ObjectProperty<Integer> careerSupport = new SimpleObjectProperty<>(0);
    private final StringProperty credits = new SimpleStringProperty("");
    private final ObjectProperty<CreditUnit> creditUnit = new SimpleObjectProperty<>();
    private final StringProperty stacksInto = new SimpleStringProperty("");
    private final ObjectProperty<BadgeStandard> badgeStandard = new SimpleObjectProperty<>(BadgeStandard.NONE);
    private final StringProperty validityMonths = new SimpleStringProperty("");
    private final StringProperty drawbacks = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> lastVerified = new SimpleObjectProperty<>();
    private final ObservableList<SkillRef> skills = FXCollections.observableArrayList();
    private final StringProperty skillInput = new SimpleStringProperty("");
    private final ObservableList<Recognition> recognition = FXCollections.observableArrayList();
    private final StringProperty recognitionIndustry = new SimpleStringProperty("");
    private final ObjectProperty<Integer> recognitionLevel = new SimpleObjectProperty<>(3);
    private final StringProperty recognitionEvidence = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper staleWarning = new ReadOnlyStringWrapper("");
    private final FieldRules rules = new FieldRules(errors());
    private final SkillSuggestions suggestions;
    private final LocalDate today;

    /**
     * @param original the credential to change, or null for a new one
     * @param dialogs opens the provider form from this one
     */
    public CredentialEditorViewModel(AppState state, Credential original, DialogService dialogs) {
        this(state, original, dialogs, LocalDate.now());
    }

    CredentialEditorViewModel(AppState state, Credential original, DialogService dialogs, LocalDate today) {
        super(state);
        this.original = original;
        this.dialogs = dialogs;
        this.today = today;
        this.suggestions = new SkillSuggestions(state.store().catalog(), state.tasks());
        if (original != null) {
            fill(original);
        } else {
            lastVerified.set(today);
            if (state.currentProfile() != null) {
                currency.set(state.currentProfile().currency());
            }
        }
        changes().track(title, provider, kind, description, url, eqfLevel, currency, tuition, exam, materials, renewal,
                renewalMonths, effortHours, durationWeeks, format, pacing, accreditationBody, curriculumStandard,
                instructorExpertise, careerSupport, credits, creditUnit, stacksInto, badgeStandard, validityMonths,
                drawbacks, source, lastVerified, skillInput, recognitionIndustry, recognitionEvidence)
                .trackList(skills).trackList(recognition);
        state.tasks().run(() -> state.store().catalog().providers(), loaded -> {
            providers.setAll(loaded);
            if (original != null && original.providerId() != null) {
                provider.set(loaded.stream().filter(p -> p.id().equals(original.providerId())).findFirst()
                        .orElse(null));
                // The entry's own provider, read after the form opened: where it starts, not a change.
                changes().loaded(provider);
            }
        }, state::showError);
        for (Observable field : new Observable[] {title, eqfLevel, currency, tuition, exam, materials, renewal,
                renewalMonths, effortHours, durationWeeks, credits, creditUnit, validityMonths, lastVerified, url}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    private void fill(Credential c) {
        title.set(c.title());
        kind.set(c.kind());
        description.set(orEmpty(c.description()));
        url.set(orEmpty(c.url()));
        eqfLevel.set(NumberInput.text(c.eqfLevel()));
        CostParts costs = c.costs();
        currency.set(costs.currency());
        tuition.set(NumberInput.text(costs.tuition()));
        exam.set(NumberInput.text(costs.exam()));
        materials.set(NumberInput.text(costs.materials()));
        renewal.set(NumberInput.text(costs.renewal()));
        renewalMonths.set(NumberInput.text(costs.renewalPeriodMonths()));
        effortHours.set(Integer.toString(c.effortHours()));
        durationWeeks.set(NumberInput.text(c.fixedDurationWeeks()));
        format.set(c.format());
        pacing.set(c.pacing());
        accreditationBody.set(orEmpty(c.quality().accreditationBody()));
        curriculumStandard.set(orEmpty(c.quality().curriculumStandard()));
        instructorExpertise.set(c.quality().instructorExpertise());
        careerSupport.set(c.quality().careerSupport());
        if (c.credits() != null) {
            credits.set(NumberInput.text(c.credits().amount()));
            creditUnit.set(c.credits().unit());
            stacksInto.set(orEmpty(c.credits().stacksInto()));
        }
        badgeStandard.set(c.badgeStandard());
        validityMonths.set(NumberInput.text(c.validityMonths()));
        drawbacks.set(orEmpty(c.drawbacks()));
        source.set(orEmpty(c.provenance().source()));
        lastVerified.set(c.provenance().lastVerified());
        skills.setAll(c.skills());
        recognition.setAll(c.recognition());
    }

    public boolean isNew() {
        return original == null;
    }

    @Override
    public String title() {
        return isNew() ? Messages.get("credentialEditor.newTitle")
                : Messages.get("credentialEditor.editTitle", original.title());
    }

    // --- the fields ---

    public ObservableList<Provider> providers() {
        return providers;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Provider> providerProperty() {
        return provider;
    }

    public ObjectProperty<CredentialKind> kindProperty() {
        return kind;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty eqfLevelProperty() {
        return eqfLevel;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty tuitionProperty() {
        return tuition;
    }

    public StringProperty examProperty() {
        return exam;
    }

    public StringProperty materialsProperty() {
        return materials;
    }

    public StringProperty renewalProperty() {
        return renewal;
    }

    public StringProperty renewalMonthsProperty() {
        return renewalMonths;
    }

    public StringProperty effortHoursProperty() {
        return effortHours;
    }

    public StringProperty durationWeeksProperty() {
        return durationWeeks;
    }

    public ObjectProperty<DeliveryFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Pacing> pacingProperty() {
        return pacing;
    }

    public StringProperty accreditationBodyProperty() {
        return accreditationBody;
    }

    public StringProperty curriculumStandardProperty() {
        return curriculumStandard;
    }

    public ObjectProperty<Integer> instructorExpertiseProperty() {
        return instructorExpertise;
    }

    public ObjectProperty<Integer> careerSupportProperty() {
        return careerSupport;
    }

    public StringProperty creditsProperty() {
        return credits;
    }

    public ObjectProperty<CreditUnit> creditUnitProperty() {
        return creditUnit;
    }

    public StringProperty stacksIntoProperty() {
        return stacksInto;
    }

    public ObjectProperty<BadgeStandard> badgeStandardProperty() {
        return badgeStandard;
    }

    public StringProperty validityMonthsProperty() {
        return validityMonths;
    }

    public StringProperty drawbacksProperty() {
        return drawbacks;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> lastVerifiedProperty() {
        return lastVerified;
    }

    /** A warning when the facts were last checked more than 12 months ago, or never; empty otherwise. */
    public ReadOnlyStringProperty staleWarningProperty() {
        return staleWarning.getReadOnlyProperty();
    }

    public void markVerifiedToday() {
        lastVerified.set(today);
    }

    public List<String> industryChoices() {
        return Formats.standardIndustries();
    }

    // --- skills ---

    public ObservableList<SkillRef> skills() {
        return skills;
    }

    public StringProperty skillInputProperty() {
        return skillInput;
    }

    public List<String> suggestSkills(String typed) {
        return suggestions.suggest(typed, 12);
    }

    /** Adds the typed skill unless it is blank or already there (ignoring case). */
    public void addSkill() {
        String typed = skillInput.get();
        if (typed == null || typed.isBlank()) {
            return;
        }
        SkillRef skill = suggestions.skillFor(typed);
        if (skills.stream().noneMatch(s -> s.label().equalsIgnoreCase(skill.label()))) {
            skills.add(skill);
        }
        skillInput.set("");
    }

    public void removeSkill(SkillRef skill) {
        skills.remove(skill);
    }

    // --- recognition ---

    public ObservableList<Recognition> recognition() {
        return recognition;
    }

    public StringProperty recognitionIndustryProperty() {
        return recognitionIndustry;
    }

    public ObjectProperty<Integer> recognitionLevelProperty() {
        return recognitionLevel;
    }

    public StringProperty recognitionEvidenceProperty() {
        return recognitionEvidence;
    }

    /** Adds recognition in the typed industry, replacing what was recorded for that industry. */
    public void addRecognition() {
        String industry = Formats.storedIndustry(FieldRules.optional(recognitionIndustry.get()));
        rules.check("recognitionIndustry", industry != null, "validation.required");
        if (industry == null) {
            return;
        }
        Recognition added = new Recognition(industry, Objects.requireNonNullElse(recognitionLevel.get(), 0),
                FieldRules.optional(recognitionEvidence.get()));
        int at = -1;
        for (int i = 0; i < recognition.size(); i++) {
            if (recognition.get(i).industry().equalsIgnoreCase(industry)) {
                at = i;
            }
        }
        if (at >= 0) {
            recognition.set(at, added);
        } else {
            recognition.add(added);
        }
        recognitionIndustry.set("");
        recognitionEvidence.set("");
        recognitionLevel.set(3);
    }

    /** Puts a recorded recognition back into the entry fields, to change it. */
    public void editRecognition(Recognition r) {
        if (r != null) {
            recognitionIndustry.set(Formats.industry(r.industry()));
            recognitionLevel.set(r.level());
            recognitionEvidence.set(orEmpty(r.evidence()));
        }
    }

    public void removeRecognition(Recognition r) {
        recognition.remove(r);
    }

    // --- validation and saving ---

    @Override
    protected void validate() {
        rules.required("title", title.get());
        rules.whole("eqfLevel", eqfLevel.get(), false, 1, 8);
        rules.currency("currency", currency.get());
        rules.nonNegative("tuition", tuition.get(), false);
        rules.nonNegative("exam", exam.get(), false);
        rules.nonNegative("materials", materials.get(), false);
        BigDecimal renewalCost = rules.nonNegative("renewal", renewal.get(), false);
        Integer months = rules.whole("renewalMonths", renewalMonths.get(), false, 1, 1200);
        if (months == null && errors().message("renewalMonths").isEmpty() && renewalCost != null
                && renewalCost.signum() > 0) {
            rules.check("renewalMonths", false, "validation.renewalPeriodNeeded");
        }
        rules.whole("effortHours", effortHours.get(), true, 0, 100_000);
        rules.whole("durationWeeks", durationWeeks.get(), false, 1, 520);
        BigDecimal creditAmount = rules.nonNegative("credits", credits.get(), false);
        rules.check("creditUnit", creditAmount == null || creditUnit.get() != null, "validation.creditUnitNeeded");
        rules.whole("validityMonths", validityMonths.get(), false, 1, 1200);
        LocalDate verified = lastVerified.get();
        rules.check("lastVerified", verified == null || !verified.isAfter(today), "validation.notInFuture");
        String link = FieldRules.optional(url.get());
        rules.check("url", link == null || link.matches("(?i)https?://\\S+"), "validation.url");
        staleWarning.set(new Provenance(null, verified).isStale(today)
                ? verified == null ? Messages.get("credentialEditor.neverVerified")
                        : Messages.get("credentialEditor.stale", Formats.date(verified))
                : "");
    }

    @Override
    protected Credential formValue() {
        return toCredential();
    }

    @Override
    protected Credential store(Credential credential) {
        return state.store().catalog().save(credential);
    }

    @Override
    protected void afterSave(Credential saved) {
        state.setStatus(Messages.get(isNew() ? "catalog.created" : "catalog.saved", saved.title()));
    }

    Credential toCredential() {
        CostParts costs = new CostParts(orZero(tuition), orZero(exam), orZero(materials), orZero(renewal),
                NumberInput.integer(renewalMonths.get()).orElse(null), currency.get().strip());
        BigDecimal creditAmount = NumberInput.decimal(credits.get()).orElse(null);
        Credits creditsValue = creditAmount == null ? null
                : new Credits(creditAmount, creditUnit.get(), FieldRules.optional(stacksInto.get()));
        Quality quality = new Quality(accreditationBody.get(), curriculumStandard.get(),
                Objects.requireNonNullElse(instructorExpertise.get(), 0), Objects.requireNonNullElse(careerSupport.get(), 0));
        Provider chosen = provider.get();
        return new Credential(original == null ? UUID.randomUUID() : original.id(), title.get().strip(),
                chosen == null ? null : chosen.id(), chosen == null ? null : chosen.name(), kind.get(),
                FieldRules.optional(description.get()), costs, NumberInput.integer(effortHours.get()).orElse(0),
                NumberInput.integer(durationWeeks.get()).orElse(null), format.get(), pacing.get(), quality,
                creditsValue, badgeStandard.get(), NumberInput.integer(validityMonths.get()).orElse(null),
                NumberInput.integer(eqfLevel.get()).orElse(null), FieldRules.optional(url.get()),
                FieldRules.optional(drawbacks.get()), new Provenance(FieldRules.optional(source.get()), lastVerified.get()),
                original == null ? Origin.USER : original.origin(), original == null ? null : original.externalId(),
                new ArrayList<>(skills), new ArrayList<>(recognition), original == null ? 0 : original.version());
    }

    /** Opens the provider form; the new provider becomes this credential's provider. */
    public void newProvider() {
        dialogs.edit(newProviderEditor(), this::providerSaved);
    }

    /** Opens the chosen provider's form; the saved provider stays chosen. */
    public void editProvider() {
        ProviderEditorViewModel editor = editProviderEditor();
        if (editor != null) {
            dialogs.edit(editor, this::providerSaved);
        }
    }

    public ProviderEditorViewModel newProviderEditor() {
        return new ProviderEditorViewModel(state, null);
    }

    public ProviderEditorViewModel editProviderEditor() {
        return provider.get() == null ? null : new ProviderEditorViewModel(state, provider.get());
    }

    public void providerSaved(Provider saved) {
        providers.removeIf(p -> p.id().equals(saved.id()));
        providers.add(saved);
        providers.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        provider.set(saved);
    }

    private static BigDecimal orZero(StringProperty text) {
        return NumberInput.decimal(text.get()).orElse(BigDecimal.ZERO);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
