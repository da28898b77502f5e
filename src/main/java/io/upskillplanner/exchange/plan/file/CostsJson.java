package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential.costs}. */
public record CostsJson(
        @Bounded(Bound.MONEY) BigDecimal tuition,
        @Bounded(Bound.MONEY) BigDecimal exam,
        @Bounded(Bound.MONEY) BigDecimal materials,
        @Bounded(Bound.MONEY) BigDecimal renewal,
        @JsonInclude(Include.NON_NULL) @Bounded(Bound.MONTHS) Integer renewalPeriodMonths,
        String currency) {
}
