package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import javafx.util.StringConverter;

import io.upskillplanner.domain.Money;
import io.upskillplanner.report.ReportFormats;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The screens write each kind of value as the report does, date fields included. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aDateFieldShowsTheSameFourDigitYearDateAsTheTables() {
        StringConverter<LocalDate> field = Formats.dateConverter();

        assertThat(field.toString(DAY)).isEqualTo("Dec 3, 2026").isEqualTo(Formats.date(DAY));
        assertThat(field.toString(null)).isEmpty();
    }

    @Test
    void aDateFieldReadsTheShownFormTheShortFormAndIso() {
        StringConverter<LocalDate> field = Formats.dateConverter();

        assertThat(field.fromString("Dec 3, 2026")).isEqualTo(DAY);
        assertThat(field.fromString("12/3/26")).isEqualTo(DAY);
        assertThat(field.fromString(" 2026-12-03 ")).isEqualTo(DAY);
        assertThat(field.fromString("")).isNull();
        assertThatThrownBy(() -> field.fromString("soon")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theScreenAndTheReportWriteMoneyDatesAndScoresAlike() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Locale.setDefault(language);
            ReportFormats report = ReportFormats.of(language);
            Money money = Money.of(161, "EUR");

            assertThat(Formats.money(money)).isEqualTo(report.money(money));
            assertThat(Formats.date(DAY)).isEqualTo(report.date(DAY));
            assertThat(Formats.score(new BigDecimal("64"))).isEqualTo(report.score(new BigDecimal("64")));
        }
    }
}
