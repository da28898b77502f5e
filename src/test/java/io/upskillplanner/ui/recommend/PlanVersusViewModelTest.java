package io.upskillplanner.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.recommend.PlanFigures;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.compare.CompareViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Your plan vs the recommended plan" on the Compare screen, over a real H2 file with the demo data. */
class PlanVersusViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private TestApp app;
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        app = new TestApp(dir);
        app.select("Maya Lindqvist");
    }

    @AfterEach
    void close() {
        app.close();
        Locale.setDefault(before);
    }

    @Test
    void hiddenUntilARecommendationExistsThenYourPlanSitsBesideTheBestAndFollowsApply() {
        RecommendationMemory memory = new RecommendationMemory();
        CompareViewModel compare = new CompareViewModel(app.state(), () -> TODAY);
        compare.reload();
        PlanVersusViewModel versus = new PlanVersusViewModel(memory, compare.selectedGoalProperty(),
                compare.evaluationProperty());
        Goal goal = compare.selectedGoalProperty().get();
        assertThat(goal).isNotNull();
        assertThat(versus.shownProperty().get()).isFalse();

        RecommendViewModel recommend = new RecommendViewModel(app.state(), new ChocoPlanSolver(), Runnable::run,
                () -> TODAY, Duration.ofSeconds(5), memory);
        recommend.selectedGoalProperty().set(goal);
        recommend.recommend();

        Recommendation recommendation = recommend.recommendationProperty().get();
        RecommendedPlan best = recommendation.best();
        assertThat(versus.shownProperty().get()).isTrue();
        assertThat(versus.headingProperty().get()).isEqualTo("Your plan vs the recommended plan for \"" + goal.title()
                + "\"");
        assertThat(versus.rows()).extracting(VersusRow::figure).containsExactly("Cost over the horizon", "Finish",
                "Coverage of the goal's skills", "Recognition in the goal's industry",
                "Within the budget of " + Formats.money(recommendation.budget()),
                "Finished by the deadline " + Formats.date(recommendation.deadline().orElseThrow()));
        // The solver keeps to the budget and the deadline, so the recommendation fits both.
        assertThat(versus.rows()).extracting(VersusRow::recommended).containsExactly(Formats.money(best.totalCost()),
                Formats.date(best.finish()), best.coveragePercent() + "%", Formats.number(best.recognition()) + "/5",
                "Yes", "Yes");
        PlanFigures own = PlanFigures.of(goal, compare.evaluationProperty().get());
        assertThat(versus.rows().get(0).yours()).isIn(Formats.money(own.cost()), "–");

        recommend.apply();
        compare.reload();

        PlanFigures applied = PlanFigures.of(compare.selectedGoalProperty().get(), compare.evaluationProperty().get());
        assertThat(applied.coveragePercent()).isEqualTo(best.coveragePercent());
        assertThat(applied.cost()).isEqualTo(best.totalCost());
        assertThat(versus.rows().get(2).yours()).isEqualTo(applied.coveragePercent() + "%");
        assertThat(versus.noteProperty().get()).startsWith("Your plan: the goal's chosen");

        memory.forget();
        assertThat(versus.shownProperty().get()).isFalse();
    }
}
