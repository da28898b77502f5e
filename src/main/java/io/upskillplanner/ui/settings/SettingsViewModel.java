package io.upskillplanner.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.ScoringWeights;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.SettingsRepository;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.TaskRunner;

/**
 * The settings: appearance (file in the data folder, applied at once) and everything else (the
 * app_setting table, so it travels with backups and a shared server).
 */
public final class SettingsViewModel {

    /** Read by the report feature for the PDF's author line. */
    public static final String AUTHOR_SETTING = PlanReport.AUTHOR_SETTING;
    /** Read by the backup feature: how many rolling backups to keep. */
    public static final String BACKUP_KEEP_SETTING = BackupService.KEEP_SETTING;
    public static final String CURRENCY_SETTING = "currency.default";
    public static final int DEFAULT_BACKUP_KEEP = 10;
    public static final String DEFAULT_CURRENCY = "EUR";

    private final Store store;
    private final TaskRunner tasks;
    private final SettingsContext context;
    private final Locale startupLanguage;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final StringProperty counselorName = new SimpleStringProperty("");
    private final StringProperty defaultCurrency = new SimpleStringProperty(DEFAULT_CURRENCY);
    private final IntegerProperty backupKeep = new SimpleIntegerProperty(DEFAULT_BACKUP_KEEP);
    private final Map<Criterion, DoubleProperty> weights = new EnumMap<>(Criterion.class);
    private final ObservableList<ExchangeRate> rates = FXCollections.observableArrayList();
    private final StringProperty rateFrom = new SimpleStringProperty("");
    private final StringProperty rateTo = new SimpleStringProperty("");
    private final StringProperty rateValue = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedCurrency = new ReadOnlyStringWrapper();
    private final BooleanProperty restartNeeded = new SimpleBooleanProperty(false);

    public SettingsViewModel(Store store, TaskRunner tasks, SettingsContext context) {
        this.store = store;
        this.tasks = tasks;
        this.context = context;
        Appearance current = context.appearance().get();
        this.startupLanguage = current.language();
        theme.set(current.theme());
        language.set(current.language());
        fontSize.set(current.fontSize());
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, new SimpleDoubleProperty(ScoringWeights.defaults().of(criterion)));
        }
        theme.addListener((obs, old, value) -> changeAppearance(context.appearance().get().withTheme(value)));
        fontSize.addListener((obs, old, value) -> changeAppearance(context.appearance().get().withFontSize(value.intValue())));
        language.addListener((obs, old, value) -> {
            changeAppearance(context.appearance().get().withLanguage(value));
            restartNeeded.set(!value.getLanguage().equals(startupLanguage.getLanguage()));
        });
    }

    /** Loads what the database holds. */
    public void load() {
        tasks.run(() -> new Stored(store.settings(), store.exchangeRates().list()), this::show, this::fail);
    }

    /** Saves the database settings in one transaction. */
    public void save() {
        String currency;
        try {
            currency = Money.requireCurrency(defaultCurrency.get().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            message.set(Messages.get("settings.currencyInvalid", defaultCurrency.get()));
            return;
        }
        Map<String, BigDecimal> weightValues = new LinkedHashMap<>();
        weights.forEach((criterion, value) -> weightValues.put(criterion.name(), BigDecimal.valueOf(value.get())));
        try {
            ScoringWeights.fromStored(weightValues);
        } catch (IllegalArgumentException e) {
            message.set(Messages.get("settings.weightsInvalid"));
            return;
        }
        String author = counselorName.get().strip();
        int keep = backupKeep.get();
        tasks.run(() -> store.inTransaction(tx -> {
            tx.settings().put(AUTHOR_SETTING, author);
            tx.settings().put(CURRENCY_SETTING, currency);
            tx.settings().put(BACKUP_KEEP_SETTING, Integer.toString(keep));
            tx.settings().putDefaultWeights(weightValues);
            return null;
        }), done -> {
            defaultCurrency.set(currency);
            savedCurrency.set(currency);
            message.set(Messages.get("settings.saved"));
        }, this::fail);
    }

    /** Adds or replaces the rate typed in the three fields. */
    public void saveRate() {
        ExchangeRate rate;
        try {
            rate = new ExchangeRate(rateFrom.get().strip().toUpperCase(Locale.ROOT),
                    rateTo.get().strip().toUpperCase(Locale.ROOT), parseRate(rateValue.get()), LocalDate.now());
        } catch (IllegalArgumentException | NullPointerException e) {
            message.set(Messages.get("settings.rateInvalid"));
            return;
        }
        tasks.run(() -> {
            store.exchangeRates().save(rate);
            return store.exchangeRates().list();
        }, list -> {
            rates.setAll(list);
            rateFrom.set("");
            rateTo.set("");
            rateValue.set("");
            message.set(Messages.get("settings.rateSaved", rate.from(), rate.to()));
        }, this::fail);
    }

    public void deleteRate(ExchangeRate rate) {
        if (rate == null) {
            return;
        }
        tasks.run(() -> {
            store.exchangeRates().delete(rate.from(), rate.to());
            return store.exchangeRates().list();
        }, list -> {
            rates.setAll(list);
            message.set(Messages.get("settings.rateDeleted", rate.from(), rate.to()));
        }, this::fail);
    }

    /** Puts the rate into the fields for editing. */
    public void edit(ExchangeRate rate) {
        if (rate != null) {
            rateFrom.set(rate.from());
            rateTo.set(rate.to());
            rateValue.set(rate.rate().toPlainString());
        }
    }

    public void resetWeights() {
        weights.forEach((criterion, value) -> value.set(ScoringWeights.defaults().of(criterion)));
    }

    public void openDataFolder() {
        context.folderOpener().accept(context.dataFolder());
    }

    public String dataFolder() {
        return context.dataFolder().toString();
    }

    private static BigDecimal parseRate(String text) {
        // Either decimal separator: people type rates the way their keyboard suggests.
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    private void changeAppearance(Appearance changed) {
        context.appearance().set(changed);
        try {
            changed.write(context.dataFolder());
        } catch (IOException e) {
            fail(new UncheckedIOException(e));
        }
    }

    private void show(Stored stored) {
        counselorName.set(stored.author());
        // No stored currency: new profiles keep following the current one (savedCurrency stays empty).
        defaultCurrency.set(stored.currency() == null ? DEFAULT_CURRENCY : stored.currency());
        savedCurrency.set(stored.currency());
        backupKeep.set(stored.keep());
        ScoringWeights defaults = ScoringWeights.fromStored(stored.weights());
        weights.forEach((criterion, value) -> value.set(defaults.of(criterion)));
        rates.setAll(stored.rates());
    }

    private void fail(Throwable error) {
        message.set(Messages.get("status.error", error.getMessage()));
    }

    private record Stored(String author, String currency, int keep, Map<String, BigDecimal> weights,
            List<ExchangeRate> rates) {
        Stored(SettingsRepository settings, List<ExchangeRate> rates) {
            this(settings.get(AUTHOR_SETTING).orElse(""), settings.get(CURRENCY_SETTING).orElse(null),
                    settings.get(BACKUP_KEEP_SETTING).map(String::strip).filter(s -> s.matches("\\d{1,4}"))
                            .map(Integer::parseInt).orElse(DEFAULT_BACKUP_KEEP),
                    settings.defaultWeights(), rates);
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public StringProperty counselorNameProperty() {
        return counselorName;
    }

    public StringProperty defaultCurrencyProperty() {
        return defaultCurrency;
    }

    public IntegerProperty backupKeepProperty() {
        return backupKeep;
    }

    public DoubleProperty weightProperty(Criterion criterion) {
        return weights.get(criterion);
    }

    public ObservableList<ExchangeRate> rates() {
        return rates;
    }

    public StringProperty rateFromProperty() {
        return rateFrom;
    }

    public StringProperty rateToProperty() {
        return rateTo;
    }

    public StringProperty rateValueProperty() {
        return rateValue;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The default currency as stored: new profiles start in it. */
    public ReadOnlyStringProperty savedCurrencyProperty() {
        return savedCurrency.getReadOnlyProperty();
    }

    public BooleanProperty restartNeededProperty() {
        return restartNeeded;
    }
}
