package io.upskillplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.SimpleObjectProperty;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private final List<Path> opened = new ArrayList<>();

    private SettingsViewModel open() {
        database = Database.openH2(new DataFolder(dir));
        SimpleObjectProperty<Appearance> appearance = new SimpleObjectProperty<>(Appearance.read(dir));
        SettingsViewModel viewModel = new SettingsViewModel(new Store(database), TaskRunner.DIRECT,
                new SettingsContext(dir, appearance, opened::add));
        viewModel.load();
        return viewModel;
    }

    private void restart() {
        database.close();
        database = null;
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everySettingSurvivesARestart() {
        SettingsViewModel first = open();
        first.themeProperty().set(Theme.DARK);
        first.languageProperty().set(Locale.GERMAN);
        first.fontSizeProperty().set(18);
        first.counselorNameProperty().set("Jana Berger");
        first.defaultCurrencyProperty().set("chf");
        first.backupKeepProperty().set(4);
        first.weightProperty(Criterion.COST_FIT).set(4.5);
        first.rateFromProperty().set("eur");
        first.rateToProperty().set("USD");
        first.rateValueProperty().set("1,08");
        first.saveRate();
        first.save();
        restart();

        SettingsViewModel second = open();
        assertThat(second.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second.languageProperty().get()).isEqualTo(Locale.GERMAN);
        assertThat(second.fontSizeProperty().get()).isEqualTo(18);
        assertThat(second.counselorNameProperty().get()).isEqualTo("Jana Berger");
        assertThat(second.defaultCurrencyProperty().get()).isEqualTo("CHF");
        assertThat(second.savedCurrencyProperty().get()).isEqualTo("CHF");
        assertThat(second.backupKeepProperty().get()).isEqualTo(4);
        assertThat(second.weightProperty(Criterion.COST_FIT).get()).isEqualTo(4.5);
        assertThat(second.weightProperty(Criterion.RECOGNITION).get()).isEqualTo(3.0);
        assertThat(second.rates()).extracting(ExchangeRate::from, ExchangeRate::to, r -> r.rate().doubleValue())
                .containsExactly(tuple("EUR", "USD", 1.08));
    }

    @Test
    void theReportAndBackupFeaturesReadTheKeysTheScreenWrites() {
        SettingsViewModel viewModel = open();
        viewModel.counselorNameProperty().set("  Jana Berger ");
        viewModel.backupKeepProperty().set(7);
        viewModel.save();

        Store store = new Store(database);
        assertThat(store.settings().get("report.author")).contains("Jana Berger");
        assertThat(store.settings().get("backup.keep")).contains("7");
    }

    @Test
    void appearanceIsWrittenToTheFileTheFirstFrameReads() throws Exception {
        SettingsViewModel viewModel = open();
        viewModel.themeProperty().set(Theme.DARK);
        viewModel.fontSizeProperty().set(30);

        assertThat(Files.readString(dir.resolve(Appearance.FILE_NAME))).contains("theme=DARK");
        Appearance read = Appearance.read(dir);
        assertThat(read.theme()).isEqualTo(Theme.DARK);
        assertThat(read.fontSize()).isEqualTo(Appearance.MAX_FONT_SIZE);
    }

    @Test
    void aDamagedAppearanceFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(Appearance.FILE_NAME), "theme=PURPLE\nfontSize=huge\n");

        assertThat(Appearance.read(dir).theme()).isEqualTo(Theme.LIGHT);
        assertThat(Appearance.read(dir).fontSize()).isEqualTo(Appearance.DEFAULT_FONT_SIZE);
    }

    @Test
    void changingTheLanguageAsksForARestartOnlyWhenItDiffers() {
        SettingsViewModel viewModel = open();
        Locale other = viewModel.languageProperty().get().equals(Locale.GERMAN) ? Locale.ENGLISH : Locale.GERMAN;
        Locale original = viewModel.languageProperty().get();

        viewModel.languageProperty().set(other);
        assertThat(viewModel.restartNeededProperty().get()).isTrue();
        viewModel.languageProperty().set(original);
        assertThat(viewModel.restartNeededProperty().get()).isFalse();
    }

    @Test
    void invalidCurrencyAndRateAreRefusedWithAMessageAndNothingIsStored() {
        SettingsViewModel viewModel = open();
        viewModel.defaultCurrencyProperty().set("EURO");
        viewModel.save();
        viewModel.rateFromProperty().set("EUR");
        viewModel.rateToProperty().set("USD");
        viewModel.rateValueProperty().set("-2");
        viewModel.saveRate();

        assertThat(viewModel.messageProperty().get()).isNotBlank();
        Store store = new Store(database);
        assertThat(store.settings().get(SettingsViewModel.CURRENCY_SETTING)).isEmpty();
        assertThat(store.exchangeRates().list()).isEmpty();
    }

    @Test
    void deletingARateRemovesItFromTheStore() {
        SettingsViewModel viewModel = open();
        new Store(database).exchangeRates().save(new ExchangeRate("EUR", "GBP", new BigDecimal("0.85"), LocalDate.of(2026, 11, 1)));
        viewModel.load();

        viewModel.deleteRate(viewModel.rates().get(0));

        assertThat(viewModel.rates()).isEmpty();
        assertThat(new Store(database).exchangeRates().list()).isEmpty();
    }

    @Test
    void plansUseTheAppWideDefaultWeightsUnlessTheProfileSetItsOwn() {
        SettingsViewModel viewModel = open();
        viewModel.weightProperty(Criterion.COST_FIT).set(0.5);
        viewModel.weightProperty(Criterion.TIME_FIT).set(6);
        viewModel.save();
        Store store = new Store(database);
        Profile profile = store.profiles().save(new Profile(UUID.randomUUID(), "Ana", ProfileKind.SELF, null, null,
                new BigDecimal("5"), Money.of("100", "EUR"), null, null, false, LocalDateTime.now(),
                LocalDateTime.now(), 0));
        store.profiles().saveWeights(profile.id(), Map.of("TIME_FIT", new BigDecimal("1")));

        var weights = store.plans().weights(profile.id());

        assertThat(weights.of(Criterion.COST_FIT)).isEqualTo(0.5);
        assertThat(weights.of(Criterion.TIME_FIT)).isEqualTo(1.0);
        assertThat(weights.of(Criterion.RECOGNITION)).isEqualTo(3.0);
    }

    @Test
    void withoutAStoredCurrencyNewProfilesKeepFollowingTheCurrentOne() {
        SettingsViewModel viewModel = open();

        assertThat(viewModel.savedCurrencyProperty().get()).isNull();
        assertThat(viewModel.defaultCurrencyProperty().get()).isEqualTo(SettingsViewModel.DEFAULT_CURRENCY);
    }

    @Test
    void openFolderOpensTheDataFolder() {
        open().openDataFolder();

        assertThat(opened).containsExactly(dir);
    }
}
