package io.upskillplanner.domain.decide;

import io.upskillplanner.domain.Money;

/** A conversion from one currency to another. */
public record CurrencyPair(String from, String to) {

    public CurrencyPair {
        from = Money.requireCurrency(from);
        to = Money.requireCurrency(to);
    }

    @Override
    public String toString() {
        return from + "→" + to;
    }
}
