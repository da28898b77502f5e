package io.upskillplanner.domain.decide;

import java.util.List;

import io.upskillplanner.domain.DomainRuleException;

/** Costs cannot be compared because no rate, inverse rate or one-step chain of rates links the currencies. */
public class MissingExchangeRateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CurrencyPair> missing;
    private final transient Phrase phrase;

    public MissingExchangeRateException(List<CurrencyPair> missing) {
        this(missing, phrase(missing));
    }

    private MissingExchangeRateException(List<CurrencyPair> missing, Phrase phrase) {
        super(phrase.english());
        this.missing = List.copyOf(missing);
        this.phrase = phrase;
    }

    public List<CurrencyPair> missing() {
        return missing;
    }

    /** The message for a person, in whichever language the caller shows it. */
    public Phrase phrase() {
        return phrase;
    }

    private static Phrase phrase(List<CurrencyPair> missing) {
        if (missing.isEmpty()) {
            throw new DomainRuleException("error.domain.noMissingPair");
        }
        return Phrase.of("rates.missing", missing.stream().map(CurrencyPair::toString).toList(), missing.size());
    }
}
