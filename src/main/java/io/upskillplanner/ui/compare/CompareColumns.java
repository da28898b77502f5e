package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.util.List;

import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.ui.common.ColumnSpec;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** What each column of the comparison table and the score breakdown shows, tested without a toolkit. */
final class CompareColumns {

    static final ColumnSpec<CompareRow> RANK = ColumnSpec.of("compare.col.rank",
            r -> r.reference() ? Messages.get("compare.referenceTag") : String.valueOf(r.rank()));
    static final ColumnSpec<CompareRow> CREDENTIAL = ColumnSpec.of("compare.col.credential",
            r -> r.reference() ? Messages.get("compare.referenceLabel", r.credential().title()) : r.credential().title());
    static final ColumnSpec<CompareRow> PROVIDER = ColumnSpec.of("compare.col.provider", r -> r.credential().providerName());
    static final ColumnSpec<CompareRow> COST = ColumnSpec.of("compare.col.totalCost",
            r -> Formats.money(r.evaluation().totalCost()));
    static final ColumnSpec<CompareRow> EFFORT = ColumnSpec.of("compare.col.effortWeeks",
            r -> Messages.get("compare.effortWeeks", r.credential().effortHours(), r.calendarWeeks()));
    static final ColumnSpec<CompareRow> DATES = ColumnSpec.of("compare.col.dates",
            r -> Formats.date(r.start()) + " – " + Formats.date(r.finish()));
    static final ColumnSpec<CompareRow> FORMAT = ColumnSpec.of("compare.col.format",
            r -> Formats.label(r.credential().format()));
    static final ColumnSpec<CompareRow> ACCREDITATION = ColumnSpec.of("compare.col.accreditation", r -> {
        String body = r.credential().quality().accreditationBody();
        return body == null ? Messages.get("compare.none") : body;
    });
    static final ColumnSpec<CompareRow> RECOGNITION = ColumnSpec.of("compare.col.recognition",
            r -> r.recognitionInGoalIndustry() + "/5");
    static final ColumnSpec<CompareRow> BUDGET = ColumnSpec.flag("compare.col.withinBudget",
            r -> r.evaluation().withinBudgetAlone(), "compare.yes", "compare.no");
    static final ColumnSpec<CompareRow> DEADLINE = ColumnSpec.flag("compare.col.beforeDeadline",
            r -> r.evaluation().beforeDeadline(), "compare.yes", "compare.no");

    static final ColumnSpec<CriterionScore> CRITERION = ColumnSpec.of("compare.breakdown.criterion",
            c -> Messages.get("criterion." + c.criterion().name()));
    static final ColumnSpec<CriterionScore> RATING = ColumnSpec.of("compare.breakdown.rating",
            c -> Formats.number(BigDecimal.valueOf(c.rating())));
    static final ColumnSpec<CriterionScore> WEIGHT = ColumnSpec.of("compare.breakdown.weight",
            c -> Formats.number(BigDecimal.valueOf(c.weight())));
    static final ColumnSpec<CriterionScore> POINTS = ColumnSpec.of("compare.breakdown.points",
            c -> Formats.score(c.points()));
    static final ColumnSpec<CriterionScore> EXPLANATION = ColumnSpec.of("compare.breakdown.explanation",
            c -> Formats.text(c.explanation()));

    /** The comparison table's text columns; the score is a link of its own. */
    static final List<ColumnSpec<CompareRow>> TABLE = List.of(RANK, CREDENTIAL, PROVIDER, COST, EFFORT, DATES, FORMAT,
            ACCREDITATION, RECOGNITION, BUDGET, DEADLINE);
    static final List<ColumnSpec<CriterionScore>> BREAKDOWN = List.of(CRITERION, RATING, WEIGHT, POINTS, EXPLANATION);

    private CompareColumns() {
    }
}
