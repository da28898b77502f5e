package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential.credits}. */
public record CreditsJson(@Bounded(Bound.CREDITS) BigDecimal amount, String unit,
                          @JsonInclude(Include.NON_NULL) String stacksInto) {
}
