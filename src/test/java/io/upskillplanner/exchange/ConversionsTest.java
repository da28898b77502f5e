package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            P2Y,   104, 0,  1040
            P9M,   39,  0,  390
            PT60H, 0,   60, 60
            P6W,   6,   0,  60
            P10D,  2,   0,  20
            P1DT4H, 1,  4,  4
            PT90M, 0,   2,  2
            """)
    void isoDurationsBecomeWeeksAndHours(String text, int weeks, int hours, int effort) {
        IsoDurations.Span span = IsoDurations.parse(text);

        assertThat(span.weeks()).isEqualTo(weeks);
        assertThat(span.hours()).isEqualTo(hours);
        assertThat(span.effortHours()).isEqualTo(effort);
    }

    @Test
    void renewalPeriodsAreInMonths() {
        assertThat(IsoDurations.months("P3Y")).isEqualTo(36);
        assertThat(IsoDurations.months("P18M")).isEqualTo(18);
    }

    @Test
    void textsThatAreNotDurationsAreRefused() {
        assertThatThrownBy(() -> IsoDurations.parse("two years")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> IsoDurations.parse("PT")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            US Dollar, USD
            us dollar, USD
            usd,       USD
            Euro,      EUR
            British Pound, GBP
            Swiss Franc, CHF
            """)
    void currencyNamesBecomeIsoCodes(String text, String code) {
        assertThat(CurrencyNames.toCode(text)).contains(code);
    }

    @Test
    void unknownCurrenciesAreNotGuessed() {
        assertThat(CurrencyNames.toCode("Galactic Credits")).isEmpty();
    }

    @Test
    void placeholdersAreRecognised() {
        assertThat(LinkedData.isPlaceholder("*** COST PROFILE DESCRIPTION MISSING ***")).isTrue();
        assertThat(LinkedData.isPlaceholder("*** Condition PROFILE DESCRIPTION MISSING ***")).isTrue();
        assertThat(LinkedData.isPlaceholder("Missing skills are taught in week 2")).isFalse();
    }

    @Test
    void languageMapsPreferEnglish() throws Exception {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"es\": \"Contento digital\", \"en-US\": \"Digital content\"}");
        assertThat(LinkedData.text(node)).isEqualTo("Digital content");
    }
}
