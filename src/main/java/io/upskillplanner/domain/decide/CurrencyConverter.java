package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Money;

/**
 * Converts money with the user's rates: a rate as given, else the inverse of the opposite rate,
 * else a chain through one other currency (the alphabetically first that works, so results do not
 * depend on list order). When a pair is given twice the most recently updated rate wins.
 */
public final class CurrencyConverter {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** from → (to → rate); TreeMaps keep the intermediate search deterministic. */
    private final Map<String, Map<String, BigDecimal>> links = new TreeMap<>();

    public CurrencyConverter(List<ExchangeRate> rates) {
        Map<CurrencyPair, ExchangeRate> newest = new TreeMap<>(
                (a, b) -> a.from().equals(b.from()) ? a.to().compareTo(b.to()) : a.from().compareTo(b.from()));
        for (ExchangeRate rate : rates) {
            if (rate.from().equals(rate.to())) {
                continue;
            }
            newest.merge(new CurrencyPair(rate.from(), rate.to()), rate,
                    (kept, later) -> isOlder(later.updatedOn(), kept.updatedOn()) ? kept : later);
        }
        newest.values().forEach(rate -> links.computeIfAbsent(rate.from(), k -> new TreeMap<>())
                .put(rate.to(), rate.rate()));
        newest.values().forEach(rate -> links.computeIfAbsent(rate.to(), k -> new TreeMap<>())
                .putIfAbsent(rate.from(), BigDecimal.ONE.divide(rate.rate(), PRECISION)));
    }

    /** Units of {@code to} one unit of {@code from} is worth, if the rates link them. */
    public Optional<BigDecimal> rate(String from, String to) {
        String source = Money.requireCurrency(from);
        String target = Money.requireCurrency(to);
        if (source.equals(target)) {
            return Optional.of(BigDecimal.ONE);
        }
        Map<String, BigDecimal> fromSource = links.getOrDefault(source, Map.of());
        BigDecimal direct = fromSource.get(target);
        if (direct != null) {
            return Optional.of(direct);
        }
        for (Map.Entry<String, BigDecimal> step : fromSource.entrySet()) {
            BigDecimal second = links.getOrDefault(step.getKey(), Map.of()).get(target);
            if (second != null) {
                return Optional.of(step.getValue().multiply(second, PRECISION));
            }
        }
        return Optional.empty();
    }

    public boolean canConvert(String from, String to) {
        return rate(from, to).isPresent();
    }

    public Money convert(Money money, String to) {
        Objects.requireNonNull(money, "money");
        BigDecimal rate = rate(money.currency(), to)
                .orElseThrow(() -> new MissingExchangeRateException(
                        List.of(new CurrencyPair(money.currency(), to))));
        return new Money(money.amount().multiply(rate, PRECISION), to);
    }

    /** Fails listing every pair at once, so the user can add all missing rates in one go. */
    public void requireRates(Collection<String> fromCurrencies, String to) {
        List<CurrencyPair> missing = new ArrayList<>();
        for (String from : new TreeSet<>(fromCurrencies)) {
            if (!canConvert(from, to)) {
                missing.add(new CurrencyPair(from, to));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingExchangeRateException(missing);
        }
    }

    /** An undated rate counts as the oldest; on a tie the later one in the list wins. */
    private static boolean isOlder(LocalDate date, LocalDate than) {
        return than != null && (date == null || date.isBefore(than));
    }
}
