package io.upskillplanner.ui.profiles;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.ui.common.EditorViewModel;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NumberInput;
import io.upskillplanner.ui.main.AppState;

/** The form for creating or changing a profile. Nothing is saved while a field is invalid. */
public final class ProfileEditorViewModel extends EditorViewModel<Profile> {

    private final Profile original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProfileKind> kind = new SimpleObjectProperty<>(ProfileKind.CLIENT);
    private final StringProperty currentRole = new SimpleStringProperty("");
    private final StringProperty currentIndustry = new SimpleStringProperty("");
    private final StringProperty weeklyHours = new SimpleStringProperty("5");
    private final StringProperty budget = new SimpleStringProperty("0");
    private final StringProperty currency = new SimpleStringProperty(defaultCurrency());
    private final StringProperty salaryNow = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final FieldRules rules = new FieldRules(errors());

    /** @param original the profile to change, or null for a new one */
    public ProfileEditorViewModel(AppState state, Profile original) {
        super(state);
        this.original = original;
        if (original != null) {
            name.set(original.name());
            kind.set(original.kind());
            currentRole.set(nullToEmpty(original.currentRole()));
            currentIndustry.set(Formats.industry(original.currentIndustry()));
            weeklyHours.set(NumberInput.text(original.weeklyHours()));
            budget.set(NumberInput.text(original.budget().amount()));
            currency.set(original.currency());
            salaryNow.set(NumberInput.text(original.salaryNow()));
            notes.set(nullToEmpty(original.notes()));
        } else if (state.defaultCurrency().isPresent()) {
            currency.set(state.defaultCurrency().get());
        } else if (state.currentProfile() != null) {
            currency.set(state.currentProfile().currency());
        }
        changes().track(name, kind, currentRole, currentIndustry, weeklyHours, budget, currency, salaryNow, notes);
        for (Observable field : new Observable[] {name, weeklyHours, budget, currency, salaryNow}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public boolean isNew() {
        return original == null;
    }

    @Override
    public String title() {
        return isNew() ? Messages.get("profileEditor.newTitle") : Messages.get("profileEditor.editTitle", original.name());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProfileKind> kindProperty() {
        return kind;
    }

    public StringProperty currentRoleProperty() {
        return currentRole;
    }

    public StringProperty currentIndustryProperty() {
        return currentIndustry;
    }

    public StringProperty weeklyHoursProperty() {
        return weeklyHours;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty salaryNowProperty() {
        return salaryNow;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public List<String> industries() {
        return Formats.standardIndustries();
    }

    @Override
    protected void validate() {
        rules.required("name", name.get());
        rules.weeklyHours("weeklyHours", weeklyHours.get(), true);
        rules.nonNegative("budget", budget.get(), true);
        rules.currency("currency", currency.get());
        rules.nonNegative("salaryNow", salaryNow.get(), false);
    }

    @Override
    protected Profile formValue() {
        return toProfile();
    }

    @Override
    protected Profile store(Profile profile) {
        return state.store().profiles().save(profile);
    }

    @Override
    protected void afterSave(Profile saved) {
        state.reloadProfiles(saved.id());
        state.setStatus(Messages.get(isNew() ? "profiles.created" : "profiles.saved", saved.name()));
    }

    Profile toProfile() {
        String code = rules.currency("currency", currency.get());
        BigDecimal hours = rules.weeklyHours("weeklyHours", weeklyHours.get(), true);
        Money money = new Money(rules.nonNegative("budget", budget.get(), true), code);
        BigDecimal salary = rules.nonNegative("salaryNow", salaryNow.get(), false);
        UUID id = original == null ? UUID.randomUUID() : original.id();
        LocalDateTime created = original == null ? null : original.createdAt();
        return new Profile(id, name.get().strip(), kind.get(), FieldRules.optional(currentRole.get()),
                Formats.storedIndustry(FieldRules.optional(currentIndustry.get())), hours, money, salary, FieldRules.optional(notes.get()),
                original != null && original.sampleData(), created, null, original == null ? 0 : original.version());
    }

    private static String defaultCurrency() {
        try {
            return Currency.getInstance(Locale.getDefault()).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "EUR";
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
