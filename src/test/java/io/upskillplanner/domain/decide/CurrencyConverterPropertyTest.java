package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class CurrencyConverterPropertyTest {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY");

    @Property
    void costsAddUpAcrossCurrencies(@ForAll("rates") List<BigDecimal> rates,
                                    @ForAll @Size(min = 1, max = 30) List<@From("money") Money> costs) {
        // A star around EUR, one rate given the other way round: most pairs need the inverse or a step via EUR.
        CurrencyConverter converter = new CurrencyConverter(List.of(
                new ExchangeRate("USD", "EUR", rates.get(0), LocalDate.EPOCH),
                new ExchangeRate("GBP", "EUR", rates.get(1), LocalDate.EPOCH),
                new ExchangeRate("EUR", "CHF", rates.get(2), LocalDate.EPOCH),
                new ExchangeRate("JPY", "EUR", rates.get(3), LocalDate.EPOCH)));

        for (String target : CURRENCIES) {
            Money sumOfConverted = Money.zero(target);
            Map<String, Money> perCurrency = new TreeMap<>();
            for (Money cost : costs) {
                sumOfConverted = sumOfConverted.plus(converter.convert(cost, target));
                perCurrency.merge(cost.currency(), cost, Money::plus);
            }
            Money convertedSums = Money.zero(target);
            for (Money subtotal : perCurrency.values()) {
                convertedSums = convertedSums.plus(converter.convert(subtotal, target));
            }
            // Each conversion rounds to the cent once: at most half a cent off per conversion made.
            BigDecimal tolerance = new BigDecimal("0.005")
                    .multiply(BigDecimal.valueOf(costs.size() + perCurrency.size()));
            assertThat(sumOfConverted.amount().subtract(convertedSums.amount()).abs()).isLessThanOrEqualTo(tolerance);
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> rates() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("200")).ofScale(4)
                .list().ofSize(4);
    }

    @Provide
    Arbitrary<Money> money() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                Arbitraries.of(CURRENCIES)).as(Money::new);
    }
}
