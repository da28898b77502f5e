package io.upskillplanner.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.EditorViewModel;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** The form for an organisation that offers credentials. Names are unique, ignoring case. */
public final class ProviderEditorViewModel extends EditorViewModel<Provider> {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Provider original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProviderType> type = new SimpleObjectProperty<>(ProviderType.VENDOR);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final FieldRules rules = new FieldRules(errors());
    private List<Provider> others = List.of();

    public ProviderEditorViewModel(AppState state, Provider original) {
        super(state);
        this.original = original;
        if (original != null) {
            name.set(original.name());
            type.set(original.type());
            country.set(original.country() == null ? "" : original.country());
            url.set(original.url() == null ? "" : original.url());
        }
        changes().track(name, type, country, url);
        state.tasks().run(() -> state.store().catalog().providers(), loaded -> {
            others = loaded.stream().filter(p -> original == null || !p.id().equals(original.id())).toList();
            validate();
        }, state::showError);
        for (Observable field : new Observable[] {name, country, url}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    @Override
    public String title() {
        return original == null ? Messages.get("providerEditor.newTitle")
                : Messages.get("providerEditor.editTitle", original.name());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProviderType> typeProperty() {
        return type;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty urlProperty() {
        return url;
    }

    @Override
    protected void validate() {
        String typed = rules.required("name", name.get());
        if (typed != null) {
            rules.check("name", others.stream().noneMatch(p -> p.name().equalsIgnoreCase(typed)),
                    "validation.providerExists");
        }
        String code = FieldRules.optional(country.get());
        rules.check("country", code == null || COUNTRIES.contains(code.toUpperCase(Locale.ROOT)), "validation.country");
        String link = FieldRules.optional(url.get());
        rules.check("url", link == null || link.matches("(?i)https?://\\S+"), "validation.url");
    }

    @Override
    protected Provider formValue() {
        String code = FieldRules.optional(country.get());
        Provider provider = new Provider(original == null ? UUID.randomUUID() : original.id(), name.get().strip(),
                type.get(), code == null ? null : code.toUpperCase(Locale.ROOT), FieldRules.optional(url.get()),
                original == null ? 0 : original.version());
        return provider;
    }

    @Override
    protected Provider store(Provider provider) {
        return state.store().catalog().saveProvider(provider);
    }

    @Override
    protected void afterSave(Provider saved) {
        state.setStatus(Messages.get("providers.saved", saved.name()));
        if (original != null && !original.name().equals(saved.name())) {
            // The name is in the search text and the provider column of every one of its credentials.
            state.reloadCatalogIndex();
        } else {
            state.catalogChanged();
        }
    }
}
