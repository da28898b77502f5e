package io.upskillplanner.domain.decide.recommend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanTotals;

/**
 * "Your plan vs the recommended plan" as the Compare screen and the PDF report both show it
 * (decision record 0025: one presentation model for screen and report): a row per figure, each
 * cell a {@link Phrase} that the screen and the report put in their own language and formats.
 * The person's plan is the goal's chosen, enrolled and completed candidates as the Compare screen
 * evaluates them; without any, its cells are a dash and {@link #ownPlanned()} is false.
 */
public record PlanVersus(boolean ownPlanned, List<Row> rows) {

    /** What a row compares, in the order the rows come. */
    public enum Figure {
        COST, FINISH, COVERAGE, RECOGNITION, BUDGET, DEADLINE
    }

    /** Whether a value keeps to a limit of the goal; {@code NONE} for figures that are no limit, or no limit set. */
    public enum Fit {
        NONE, FITS, MISSES
    }

    /** One figure: its name, the person's value and the recommendation's, and whether each keeps to its limit. */
    public record Row(Figure figure, Phrase label, Phrase yours, Phrase recommended, Fit yoursFit,
                      Fit recommendedFit) {

        public Row {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(yours, "yours");
            Objects.requireNonNull(recommended, "recommended");
            Objects.requireNonNull(yoursFit, "yoursFit");
            Objects.requireNonNull(recommendedFit, "recommendedFit");
        }
    }

    private static final Phrase NONE = Phrase.of("versus.none");

    public PlanVersus {
        rows = List.copyOf(rows);
    }

    /**
     * @param own the Compare screen's evaluation of the goal, or null when there is none
     * @param recommendation its best plan is the one compared; the budget and deadline are the ones
     *                       it kept to (the goal's, in the profile's currency)
     */
    public static PlanVersus of(Goal goal, PlanEvaluation own, Recommendation recommendation) {
        Objects.requireNonNull(goal, "goal");
        RecommendedPlan best = recommendation.best();
        PlanFigures recommended = PlanFigures.of(best);
        boolean planned = own != null && !own.schedule().entries().isEmpty();
        PlanFigures yours = planned ? PlanFigures.of(goal, own) : null;
        Money budget = recommendation.budget();
        Optional<LocalDate> deadline = recommendation.deadline();

        Row cost = new Row(Figure.COST, Phrase.of("versus.cost"),
                planned ? Phrase.of("versus.money", yours.cost()) : NONE,
                Phrase.of("versus.money", recommended.cost()), Fit.NONE, Fit.NONE);
        Row finish = new Row(Figure.FINISH, Phrase.of("versus.finish"),
                planned ? Phrase.of("versus.date", yours.finish()) : NONE,
                Phrase.of("versus.date", recommended.finish()), Fit.NONE, Fit.NONE);
        Row coverage = new Row(Figure.COVERAGE, Phrase.of("versus.coverage"),
                planned ? Phrase.of("versus.percent", yours.coveragePercent()) : NONE,
                Phrase.of("versus.percent", recommended.coveragePercent()), Fit.NONE, Fit.NONE);
        Row recognition = new Row(Figure.RECOGNITION, Phrase.of("versus.recognition"),
                planned ? Phrase.of("versus.outOfFive", yours.recognition()) : NONE,
                Phrase.of("versus.outOfFive", recommended.recognition()), Fit.NONE, Fit.NONE);

        // The person's side says what the Compare screen's totals say; the recommendation's is checked the same way.
        PlanTotals totals = planned ? own.totals() : null;
        Fit yoursWithin = !planned ? Fit.NONE : totals.withinBudget() ? Fit.FITS : Fit.MISSES;
        Fit recommendedWithin = recommended.cost().compareTo(budget) <= 0 ? Fit.FITS : Fit.MISSES;
        Row withinBudget = new Row(Figure.BUDGET, Phrase.of("versus.withinBudget", budget),
                !planned ? NONE : budgetText(yoursWithin, totals.overBudgetBy()),
                budgetText(recommendedWithin, recommended.cost().minus(budget)), yoursWithin, recommendedWithin);

        Row byDeadline;
        if (deadline.isEmpty()) {
            Phrase noDeadline = Phrase.of("versus.noDeadline");
            byDeadline = new Row(Figure.DEADLINE, Phrase.of("versus.byDeadlineNone"), planned ? noDeadline : NONE,
                    noDeadline, Fit.NONE, Fit.NONE);
        } else {
            LocalDate due = deadline.get();
            Fit yoursBy = !planned ? Fit.NONE : totals.beforeDeadline() ? Fit.FITS : Fit.MISSES;
            Fit recommendedBy = recommended.finish().isAfter(due) ? Fit.MISSES : Fit.FITS;
            byDeadline = new Row(Figure.DEADLINE, Phrase.of("versus.byDeadline", due),
                    !planned ? NONE : deadlineText(yoursBy, yours.finish(), due),
                    deadlineText(recommendedBy, recommended.finish(), due), yoursBy, recommendedBy);
        }
        return new PlanVersus(planned, List.of(cost, finish, coverage, recognition, withinBudget, byDeadline));
    }

    public Row row(Figure figure) {
        return rows.stream().filter(r -> r.figure() == figure).findFirst().orElseThrow();
    }

    private static Phrase budgetText(Fit fit, Money over) {
        return fit == Fit.FITS ? Phrase.of("versus.yes") : Phrase.of("versus.overBudget", over);
    }

    private static Phrase deadlineText(Fit fit, LocalDate finish, LocalDate deadline) {
        return fit == Fit.FITS ? Phrase.of("versus.yes")
                : Phrase.of("versus.late", ChronoUnit.DAYS.between(deadline, finish));
    }
}
