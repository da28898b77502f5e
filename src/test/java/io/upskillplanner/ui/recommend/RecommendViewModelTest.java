package io.upskillplanner.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.recommend.PlanKind;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.domain.decide.recommend.SolveStatus;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.ScriptedDialogs;
import io.upskillplanner.ui.goals.GoalsViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recommend screen's view model on a real H2 file with the demo data and the real solver. */
class RecommendViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String CLOUD_GOAL = "Cloud support engineer by September";

    @TempDir
    Path dir;

    private TestApp app;
    private Locale before;
    private final RecommendationMemory memory = new RecommendationMemory();

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

    private RecommendViewModel viewModel(Executor fxThread) {
        RecommendViewModel vm = new RecommendViewModel(app.state(), new ChocoPlanSolver(), fxThread, () -> TODAY,
                Duration.ofSeconds(5), memory);
        vm.selectedGoalProperty().set(goal(CLOUD_GOAL));
        return vm;
    }

    private Goal goal(String title) {
        return app.store().goals().listForProfile(app.state().currentProfile().id()).stream()
                .filter(g -> g.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theBestPlanAndTheAlternativesShowWithWhatEachGivesUpAndWhyEachStepIsIn() {
        RecommendViewModel vm = viewModel(Runnable::run);

        vm.recommend();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.plans()).extracting(PlanRow::title)
                .containsExactly("Best plan", "Cheapest, same coverage", "Fastest, same coverage", "Highest recognition");
        PlanRow best = vm.plans().get(0);
        assertThat(best.plan().kind()).isEqualTo(PlanKind.BEST);
        assertThat(best.plan().steps()).isNotEmpty();
        assertThat(best.coverage()).isEqualTo(best.plan().coveragePercent() + "%");
        assertThat(best.cost()).contains("1").containsAnyOf("€", "EUR");
        assertThat(best.givesUp()).isEqualTo("The reference for the others");
        for (PlanRow other : vm.plans().subList(1, vm.plans().size())) {
            assertThat(other.givesUp()).isNotBlank().isNotEqualTo(best.givesUp());
            if (!other.plan().sameAsBest()) {
                assertThat(other.givesUp()).isEqualTo(String.join("; ",
                        other.plan().givesUp().stream().map(p -> p.text(Locale.ENGLISH)).toList()));
            }
        }
        assertThat(vm.selectedPlanProperty().get()).isSameAs(best);
        assertThat(vm.steps()).hasSize(best.plan().steps().size());
        assertThat(vm.steps()).allSatisfy(step -> {
            assertThat(step.why()).isNotBlank();
            assertThat(step.start()).isNotBlank();
        });
        assertThat(vm.steps().get(0).start()).isEqualTo("Dec 1, 2026");
        assertThat(vm.messageProperty().get()).startsWith("Best plan: ").contains(best.plan().coveragePercent() + "%");
        assertThat(vm.searchLineProperty().get()).startsWith("Searched ").contains("proven optimal");
        assertThat(best.status()).isEqualTo("Proven optimal");
        assertThat(vm.allProvenProperty().get()).as("every plan proven: one line says so, no column each").isTrue();
        assertThat(vm.leftOut()).isNotEmpty();
        assertThat(memory.forGoal(goal(CLOUD_GOAL).id())).contains(vm.recommendationProperty().get());

        vm.selectedPlanProperty().set(vm.plans().get(1));
        assertThat(vm.stepsHeadingProperty().get()).isEqualTo("Steps of the plan: Cheapest, same coverage");
        assertThat(vm.steps()).extracting(StepRow::title).containsExactlyElementsOf(
                vm.plans().get(1).plan().steps().stream().map(s -> s.credential().title()).toList());
    }

    @Test
    void progressRisesWithEachSearchToTheEnd() {
        List<Double> seen = new ArrayList<>();
        RecommendViewModel[] vm = new RecommendViewModel[1];
        vm[0] = viewModel(work -> {
            work.run();
            seen.add(vm[0].progressProperty().get());
        });

        vm[0].recommend();

        assertThat(seen).hasSizeGreaterThanOrEqualTo(5).isSorted();
        assertThat(seen.get(0)).isZero();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheSearchAndTheAnswerSaysItIsNotProven() {
        RecommendViewModel[] vm = new RecommendViewModel[1];
        vm[0] = viewModel(work -> {
            // The user presses Cancel as soon as the first search reports.
            vm[0].cancel();
            work.run();
        });

        vm[0].recommend();

        RecommendedPlan best = vm[0].recommendationProperty().get().best();
        assertThat(best.status()).isEqualTo(SolveStatus.CANCELLED);
        assertThat(vm[0].recommendationProperty().get().proven()).isFalse();
        assertThat(vm[0].plans()).hasSize(1);
        assertThat(vm[0].plans().get(0).status()).startsWith("Best found before the cancel");
        assertThat(vm[0].allProvenProperty().get()).as("a cancelled plan shows its status").isFalse();
        assertThat(vm[0].messageProperty().get()).startsWith("Cancelled");
        assertThat(vm[0].searchLineProperty().get()).contains("The search was cancelled");
        assertThat(vm[0].runningProperty().get()).isFalse();
        assertThat(vm[0].canApplyProperty().get()).isEqualTo(!best.steps().isEmpty());

        vm[0] = viewModel(Runnable::run);
        vm[0].recommend();
        assertThat(vm[0].recommendationProperty().get().proven()).isTrue();
    }

    @Test
    void applyMakesThePlanTheGoalsChosenCandidatesInOrderAndUndoPutsThemBack() {
        RecommendViewModel vm = viewModel(Runnable::run);
        Goal goal = goal(CLOUD_GOAL);
        GoalsViewModel goals = new GoalsViewModel(app.state(), new ScriptedDialogs());
        goals.selectedGoalProperty().set(goal);
        List<Candidate> beforeApply = app.store().candidates().listForGoal(goal.id());
        vm.recommend();
        List<PlanStep> steps = vm.plans().get(0).plan().steps();

        vm.apply();

        Map<UUID, Candidate> after = app.store().candidates().listForGoal(goal.id()).stream()
                .collect(Collectors.toMap(Candidate::credentialId, Function.identity()));
        for (PlanStep step : steps) {
            Candidate candidate = after.get(step.credential().id());
            assertThat(candidate).as(step.credential().title()).isNotNull();
            assertThat(candidate.status()).isIn(CandidateStatus.CHOSEN, CandidateStatus.ENROLLED,
                    CandidateStatus.COMPLETED);
            assertThat(candidate.order()).isEqualTo(step.order());
            assertThat(candidate.plannedStart()).isEqualTo(step.start());
        }
        assertThat(after.values()).extracting(Candidate::order).doesNotHaveDuplicates();
        assertThat(after.values()).filteredOn(c -> steps.stream().noneMatch(s -> s.credential().id()
                .equals(c.credentialId()))).extracting(Candidate::status).doesNotContain(CandidateStatus.CHOSEN);
        assertThat(goals.candidates()).extracting(c -> c.credential().id())
                .containsAll(steps.stream().map(s -> s.credential().id()).toList());
        assertThat(app.state().undoProperty().get()).isNotNull();
        assertThat(app.state().statusProperty().get()).startsWith("Applied the recommended plan to \"" + CLOUD_GOAL);

        app.state().undo();

        assertThat(app.store().candidates().listForGoal(goal.id())).extracting(RecommendViewModelTest::essence)
                .containsExactlyElementsOf(beforeApply.stream().map(RecommendViewModelTest::essence).toList());
        assertThat(goals.candidates()).extracting(CandidateWithCredential::candidate).extracting(Candidate::id)
                .containsExactlyElementsOf(beforeApply.stream().map(Candidate::id).toList());
        assertThat(vm.messageProperty().get()).contains("has its candidates back");
    }

    @Test
    void anExcludedCredentialIsLeftOutOfTheNextProposalUntilAllowedAgain() {
        RecommendViewModel vm = viewModel(Runnable::run);
        vm.recommend();
        StepRow first = vm.steps().get(0);
        Credential ruledOut = first.step().credential();

        vm.selectedStepProperty().set(first);
        vm.excludeSelected();

        assertThat(vm.excluded()).extracting(Credential::id).containsExactly(ruledOut.id());
        assertThat(vm.plans()).isNotEmpty();
        assertThat(vm.plans()).flatExtracting(row -> row.plan().steps())
                .extracting(s -> s.credential().id()).doesNotContain(ruledOut.id());

        vm.allowAgain(ruledOut);

        assertThat(vm.excluded()).isEmpty();
        assertThat(vm.plans().get(0).plan().steps()).extracting(s -> s.credential().id()).contains(ruledOut.id());
    }

    @Test
    void whereNothingFitsTheScreenSaysSoAndShowsTheSmallestChange() {
        Goal goal = goal(CLOUD_GOAL);
        app.store().goals().save(new Goal(goal.id(), goal.profileId(), goal.title(), goal.targetRole(),
                goal.targetIndustry(), goal.deadline(), BigDecimal.ONE, goal.weeklyHours(), goal.expectedSalaryAfter(),
                goal.priority(), goal.status(), goal.scheduleMode(), goal.notes(), goal.skills(), goal.createdAt(),
                goal.updatedAt(), goal.version()));
        RecommendViewModel vm = viewModel(Runnable::run);

        vm.recommend();

        assertThat(vm.plans().get(0).plan().steps()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("No credential fits");
        assertThat(vm.toFit()).isNotEmpty();
        assertThat(vm.toFit()).anySatisfy(line -> assertThat(line).startsWith("A budget of "));
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(vm.limitsProperty().get()).startsWith("Budget ").contains("1.00");
    }

    @Test
    void inGermanThePlansAndTheirFiguresReadGerman() {
        Locale.setDefault(Locale.GERMAN);
        RecommendViewModel vm = viewModel(Runnable::run);

        vm.recommend();

        assertThat(vm.plans().get(0).title()).isEqualTo("Bester Plan");
        assertThat(vm.plans().get(0).coverage()).endsWith(" %");
        assertThat(vm.plans().get(0).status()).isEqualTo("Nachweislich optimal");
        assertThat(vm.limitsProperty().get()).contains("Std./Woche").contains("Frist");
        assertThat(vm.steps().get(0).start()).isEqualTo("01.12.2026");
    }

    private static String essence(Candidate c) {
        return c.id() + " " + c.credentialId() + " " + c.status() + " " + c.plannedStart() + " " + c.order();
    }
}
