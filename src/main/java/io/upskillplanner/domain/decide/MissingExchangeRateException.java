package io.upskillplanner.domain.decide;

import java.util.List;
import java.util.stream.Collectors;

/** Costs cannot be compared because no rate, inverse rate or one-step chain of rates links the currencies. */
public class MissingExchangeRateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CurrencyPair> missing;

    public MissingExchangeRateException(List<CurrencyPair> missing) {
        super(message(missing));
        this.missing = List.copyOf(missing);
    }

    public List<CurrencyPair> missing() {
        return missing;
    }

    private static String message(List<CurrencyPair> missing) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("At least one missing pair");
        }
        String pairs = missing.stream().map(CurrencyPair::toString).collect(Collectors.joining(", "));
        return "No exchange rate for " + pairs + " (neither direct, inverse, nor via one other currency);"
                + " add " + (missing.size() == 1 ? "it" : "them") + " under exchange rates";
    }
}
