package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.EXCHANGE_RATE;

import java.util.List;

import io.upskillplanner.domain.ExchangeRate;

import org.jooq.DSLContext;

/** The user's exchange rates. */
public final class ExchangeRateRepository {

    private final DSLContext dsl;

    public ExchangeRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ExchangeRate> list() {
        return dsl.selectFrom(EXCHANGE_RATE).orderBy(EXCHANGE_RATE.FROM_CURRENCY, EXCHANGE_RATE.TO_CURRENCY)
                .fetch(r -> new ExchangeRate(r.getFromCurrency(), r.getToCurrency(), r.getRate(), r.getUpdatedOn()));
    }

    public void save(ExchangeRate rate) {
        int updated = dsl.update(EXCHANGE_RATE).set(EXCHANGE_RATE.RATE, rate.rate())
                .set(EXCHANGE_RATE.UPDATED_ON, rate.updatedOn())
                .where(EXCHANGE_RATE.FROM_CURRENCY.eq(rate.from())).and(EXCHANGE_RATE.TO_CURRENCY.eq(rate.to()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(EXCHANGE_RATE).set(EXCHANGE_RATE.FROM_CURRENCY, rate.from())
                    .set(EXCHANGE_RATE.TO_CURRENCY, rate.to()).set(EXCHANGE_RATE.RATE, rate.rate())
                    .set(EXCHANGE_RATE.UPDATED_ON, rate.updatedOn()).execute();
        }
    }

    public boolean delete(String from, String to) {
        return dsl.deleteFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.FROM_CURRENCY.eq(from))
                .and(EXCHANGE_RATE.TO_CURRENCY.eq(to)).execute() > 0;
    }
}
