package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A user-maintained rate: one unit of {@code from} is worth {@code rate} units of {@code to}. */
public record ExchangeRate(String from, String to, BigDecimal rate, LocalDate updatedOn) {

    public ExchangeRate {
        from = Money.requireCurrency(from);
        to = Money.requireCurrency(to);
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new DomainRuleException("error.domain.exchangeRateNotPositive");
        }
    }
}
