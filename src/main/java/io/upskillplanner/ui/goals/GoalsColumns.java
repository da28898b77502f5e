package io.upskillplanner.ui.goals;

import java.util.List;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.ui.common.ColumnSpec;
import io.upskillplanner.ui.common.Formats;

/** What the goal table's and the candidate table's text columns show, tested without a toolkit. */
final class GoalsColumns {

    static final List<ColumnSpec<Goal>> GOALS = List.of(
            ColumnSpec.of("goal.title", Goal::title),
            ColumnSpec.of("goal.targetRole", Goal::targetRole),
            ColumnSpec.of("goal.targetIndustry", g -> Formats.industry(g.targetIndustry())),
            ColumnSpec.of("goal.deadline", g -> Formats.date(g.deadline())),
            ColumnSpec.of("goal.status", g -> Formats.label(g.status())));

    private GoalsColumns() {
    }

    /** The candidates' columns; the cost reads in the profile's currency, which the view model knows. */
    static List<ColumnSpec<CandidateWithCredential>> candidates(GoalsViewModel viewModel) {
        return List.of(
                ColumnSpec.of("candidate.credential", c -> c.credential().title()),
                ColumnSpec.of("candidate.status", c -> Formats.label(c.candidate().status())),
                ColumnSpec.of("credential.cost", viewModel::cost),
                ColumnSpec.of("candidate.start", c -> Formats.date(c.candidate().plannedStart())),
                ColumnSpec.of("candidate.note", c -> c.candidate().note()));
    }
}
