package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import io.upskillplanner.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One formatter per kind of value: the same date, money and score forms wherever they are shown. */
class ValueFormatsTest {

    private static final ValueFormats ENGLISH = ValueFormats.of(Locale.US);
    private static final ValueFormats GERMAN = ValueFormats.of(Locale.GERMANY);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | Dec 3, 2026
            en-GB | 3 Dec 2026
            de-DE | 03.12.2026
            de    | 03.12.2026
            """)
    void datesHaveFourDigitYears(String language, String expected) {
        assertThat(ValueFormats.of(Locale.forLanguageTag(language)).date(LocalDate.of(2026, 12, 3))).isEqualTo(expected);
    }

    @Test
    void everyLanguagesDateHasAFourDigitYear() {
        for (Locale locale : Locale.getAvailableLocales()) {
            assertThat(ValueFormats.of(locale).date(LocalDate.of(2026, 12, 3))).as("%s", locale).contains("2026");
        }
    }

    @Test
    void moneyAlwaysHasItsCurrencysDecimals() {
        assertThat(ENGLISH.money(Money.of(161, "EUR"))).isEqualTo("€161.00");
        assertThat(ENGLISH.money(new Money(new BigDecimal("119.6"), "EUR"))).isEqualTo("€119.60");
        assertThat(GERMAN.money(Money.of(1500, "EUR")).replace('\u00a0', ' ')).isEqualTo("1.500,00 €");
        assertThat(ENGLISH.money(Money.of(1500, "CHF"))).isEqualTo("CHF 1,500.00");
        assertThat(ENGLISH.money(Money.of(20000, "JPY"))).isEqualTo("¥20,000");
    }

    @Test
    void scoresAlwaysHaveOneDecimal() {
        assertThat(ENGLISH.score(new BigDecimal("64"))).isEqualTo("64.0");
        assertThat(ENGLISH.score(new BigDecimal("58.333"))).isEqualTo("58.3");
        assertThat(ENGLISH.score(new BigDecimal("58.25"))).isEqualTo("58.3");
        assertThat(GERMAN.score(new BigDecimal("64"))).isEqualTo("64,0");
    }

    @Test
    void hoursHaveAtMostTwoDecimals() {
        assertThat(ENGLISH.number(new BigDecimal("7.50"))).isEqualTo("7.5");
        assertThat(ENGLISH.number(new BigDecimal("6"))).isEqualTo("6");
        assertThat(GERMAN.number(new BigDecimal("7.5"))).isEqualTo("7,5");
    }

    @Test
    void aTimeStampIsTheSameDateAndThenTheTime() {
        LocalDateTime stamp = LocalDateTime.of(2026, 12, 3, 14, 5);

        assertThat(GERMAN.dateTime(stamp)).isEqualTo("03.12.2026 14:05");
        assertThat(ENGLISH.dateTime(stamp)).startsWith(ENGLISH.date(stamp.toLocalDate()) + " ").contains("2:05");
    }

    @Test
    void phrasesInALanguageUseTheseFormats() {
        assertThat(PhraseFormats.of(Locale.US).money(Money.of(161, "EUR"))).isEqualTo("€161.00");
        assertThat(PhraseFormats.of(Locale.GERMAN).date(LocalDate.of(2026, 11, 29))).isEqualTo("29.11.2026");
    }
}
