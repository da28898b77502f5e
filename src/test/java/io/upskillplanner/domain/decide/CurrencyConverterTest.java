package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyConverterTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    private final CurrencyConverter converter = new CurrencyConverter(List.of(
            rate("EUR", "USD", "1.25", JAN),
            rate("GBP", "EUR", "1.20", JAN)));

    @ParameterizedTest(name = "{0} {1} is {3} {2}")
    @CsvSource(textBlock = """
            # amount, from, to, expected
              100, EUR, EUR, 100.00
              100, EUR, USD, 125.00
              100, USD, EUR,  80.00
              100, GBP, EUR, 120.00
              100, EUR, GBP,  83.33
              100, GBP, USD, 150.00
              100, USD, GBP,  66.67
            """)
    void convertsDirectlyInverselyAndViaOneOtherCurrency(String amount, String from, String to, String expected) {
        assertThat(converter.convert(Money.of(amount, from), to)).isEqualTo(Money.of(expected, to));
    }

    @Test
    void missingRateNamesThePair() {
        assertThatThrownBy(() -> converter.convert(Money.of("10", "JPY"), "EUR"))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessageStartingWith("No exchange rate for JPY→EUR")
                .satisfies(e -> assertThat(((MissingExchangeRateException) e).missing())
                        .containsExactly(new CurrencyPair("JPY", "EUR")));
    }

    @Test
    void requiringRatesListsEveryMissingPairAtOnce() {
        assertThatThrownBy(() -> converter.requireRates(List.of("JPY", "USD", "CHF", "JPY"), "EUR"))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessageStartingWith("No exchange rate for CHF→EUR, JPY→EUR ");
    }

    @Test
    void chainsLongerThanOneIntermediateAreNotGuessed() {
        CurrencyConverter chain = new CurrencyConverter(List.of(
                rate("CHF", "EUR", "1.05", JAN), rate("EUR", "USD", "1.1", JAN), rate("USD", "JPY", "150", JAN)));

        assertThat(chain.canConvert("CHF", "USD")).isTrue();
        assertThat(chain.canConvert("CHF", "JPY")).isFalse();
    }

    @Test
    void newestRateForAPairWinsWhateverTheListOrder() {
        ExchangeRate old = rate("EUR", "USD", "1.05", LocalDate.of(2024, 6, 1));
        ExchangeRate fresh = rate("EUR", "USD", "1.10", JAN);

        assertThat(new CurrencyConverter(List.of(old, fresh)).rate("EUR", "USD")).contains(new BigDecimal("1.10"));
        assertThat(new CurrencyConverter(List.of(fresh, old)).rate("EUR", "USD")).contains(new BigDecimal("1.10"));
    }

    @Test
    void givenRateIsPreferredOverTheInverseOfTheOpposite() {
        CurrencyConverter both = new CurrencyConverter(List.of(
                rate("EUR", "USD", "1.25", JAN), rate("USD", "EUR", "0.75", JAN)));

        assertThat(both.rate("EUR", "USD")).contains(new BigDecimal("1.25"));
        assertThat(both.rate("USD", "EUR")).contains(new BigDecimal("0.75"));
    }

    @Test
    void intermediateIsChosenAlphabeticallySoListOrderDoesNotMatter() {
        List<ExchangeRate> rates = List.of(
                rate("SEK", "USD", "0.10", JAN), rate("USD", "NOK", "11", JAN),
                rate("SEK", "EUR", "0.09", JAN), rate("EUR", "NOK", "11.5", JAN));

        assertThat(new CurrencyConverter(rates).rate("SEK", "NOK")).contains(new BigDecimal("1.035"));
        List<ExchangeRate> reversed = List.of(rates.get(3), rates.get(2), rates.get(1), rates.get(0));
        assertThat(new CurrencyConverter(reversed).rate("SEK", "NOK")).contains(new BigDecimal("1.035"));
    }

    private static ExchangeRate rate(String from, String to, String rate, LocalDate updatedOn) {
        return new ExchangeRate(from, to, new BigDecimal(rate), updatedOn);
    }
}
