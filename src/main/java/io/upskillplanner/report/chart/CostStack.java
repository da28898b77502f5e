package io.upskillplanner.report.chart;

import java.math.BigDecimal;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.CurrencyConverter;

/** A candidate's cost over the horizon in one currency, in the parts a stacked bar shows; they add up to {@code total}. */
public record CostStack(BigDecimal tuition, BigDecimal exam, BigDecimal materials, BigDecimal renewals,
                        BigDecimal total) {

    /**
     * Parts converted one by one; renewals take what rounding leaves, so the stack ends exactly at
     * the total the tables show. A completed candidate costs nothing more.
     */
    public static CostStack of(CandidateEvaluation evaluation, CurrencyConverter converter, String currency) {
        BigDecimal total = evaluation.totalCost().amount();
        if (evaluation.candidate().status() == CandidateStatus.COMPLETED || total.signum() == 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new CostStack(zero, zero, zero, zero, total);
        }
        CostParts parts = evaluation.credential().costs();
        BigDecimal tuition = converter.convert(new Money(parts.tuition(), parts.currency()), currency).amount();
        BigDecimal exam = converter.convert(new Money(parts.exam(), parts.currency()), currency).amount();
        BigDecimal materials = converter.convert(new Money(parts.materials(), parts.currency()), currency).amount();
        BigDecimal renewals = total.subtract(tuition).subtract(exam).subtract(materials).max(BigDecimal.ZERO);
        return new CostStack(tuition, exam, materials, renewals, total);
    }
}
