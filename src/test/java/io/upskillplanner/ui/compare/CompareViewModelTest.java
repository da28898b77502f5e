package io.upskillplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.ScoringWeights;
import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.main.AppState;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare screen's logic on the real demo data in an H2 file, with work run on the calling thread. */
class CompareViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private AppState state;
    private Profile maya;
    private Goal mayasGoal;

    @BeforeEach
    void seed() {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        new DemoSeeder(store).seedIfNew();
        state = new AppState(store, TaskRunner.DIRECT);
        maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        mayasGoal = store.goals().listForProfile(maya.id()).get(0);
        state.currentProfileProperty().set(maya);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CompareViewModel viewModel() {
        CompareViewModel vm = new CompareViewModel(state, () -> TODAY);
        vm.reload();
        return vm;
    }

    @Test
    void comparesAllCandidatesOfTheProfilesFirstGoalBestFirstWithTheDomainsScores() {
        CompareViewModel vm = viewModel();

        assertThat(vm.selectedGoalProperty().get().id()).isEqualTo(mayasGoal.id());
        PlanEvaluation expected = store.plans().load(mayasGoal.id()).evaluate(TODAY);
        assertThat(vm.rows()).hasSize(expected.candidates().size());
        assertThat(vm.rows()).extracting(r -> r.evaluation().score().points())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(vm.rows()).extracting(CompareRow::rank).first().isEqualTo(1);
        for (CandidateEvaluation e : expected.candidates()) {
            CompareRow row = rowFor(vm, e.candidate().id());
            assertThat(row.evaluation().score()).isEqualTo(e.score());
            assertThat(row.rank()).isEqualTo(e.rank());
            assertThat(row.evaluation().totalCost()).isEqualTo(e.totalCost());
        }
        assertThat(vm.evaluationProperty().get().totals()).isEqualTo(expected.totals());
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void loadsNothingUntilTheScreenAsksSoStartingTheAppStaysQuick() {
        CompareViewModel vm = new CompareViewModel(state, () -> TODAY);

        assertThat(vm.goals()).isEmpty();
        assertThat(vm.rows()).isEmpty();

        vm.reload();

        assertThat(vm.goals()).isNotEmpty();
        assertThat(vm.rows()).isNotEmpty();
    }

    @Test
    void pickingCandidatesComparesOnlyThoseAndRanksAmongThem() {
        CompareViewModel vm = viewModel();
        List<UUID> ids = vm.candidates().stream().map(c -> c.candidate().id()).toList();

        vm.select(List.of(ids.get(3), ids.get(1)));

        assertThat(vm.allOfGoalProperty().get()).isFalse();
        assertThat(vm.rows()).extracting(r -> r.evaluation().candidate().id())
                .containsExactlyInAnyOrder(ids.get(3), ids.get(1));
        assertThat(vm.rows()).extracting(CompareRow::rank).containsExactly(1, 2);
        assertThat(vm.chartsProperty().get().cost()).hasSize(2);
        assertThat(vm.messageProperty().get()).isEmpty();

        vm.select(List.of(ids.get(0)));
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.messageProperty().get()).contains("at least 2");

        vm.allOfGoalProperty().set(true);
        assertThat(vm.rows()).hasSize(ids.size());
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void pickingMoreThanSixKeepsTheFirstSixAndSaysWhy() {
        List<Credential> more = store.catalog().search(CatalogFilter.text("google"), 3);
        int order = 10;
        for (Credential credential : more) {
            store.candidates().save(Candidate.create(mayasGoal.id(), credential.id(), order++));
        }
        CompareViewModel vm = viewModel();
        List<UUID> ids = vm.candidates().stream().map(c -> c.candidate().id()).toList();
        assertThat(ids).hasSizeGreaterThan(CompareViewModel.MAX_CANDIDATES);

        vm.select(ids);

        assertThat(vm.selectedIds()).containsExactlyElementsOf(ids.subList(0, CompareViewModel.MAX_CANDIDATES));
        assertThat(vm.rows()).hasSize(CompareViewModel.MAX_CANDIDATES);
        assertThat(vm.messageProperty().get()).contains("At most 6");
    }

    @Test
    void movingAWeightReRanksAtOnceWithTheSameScoresTheDomainGives() {
        CompareViewModel vm = viewModel();
        List<UUID> before = rankedIds(vm);

        for (Criterion criterion : Criterion.values()) {
            vm.weight(criterion).weightProperty().set(criterion == Criterion.CAREER_SUPPORT ? 5 : 0);
        }

        ScoringWeights onlyCareerSupport = vm.currentWeights();
        assertThat(onlyCareerSupport.of(Criterion.CAREER_SUPPORT)).isEqualTo(5.0);
        PlanEvaluation expected = store.plans().load(mayasGoal.id()).withWeights(onlyCareerSupport).evaluate(TODAY);
        assertThat(rankedIds(vm)).isNotEqualTo(before);
        assertThat(vm.rows().get(0).evaluation().score().points())
                .isEqualTo(expected.byRank().get(0).score().points());
        for (CompareRow row : vm.rows()) {
            assertThat(row.evaluation().score().of(Criterion.RECOGNITION).points()).isEqualByComparingTo("0");
        }
    }

    @Test
    void theLastWeightedCriterionCannotBeSetToZero() {
        CompareViewModel vm = viewModel();

        for (Criterion criterion : Criterion.values()) {
            vm.weight(criterion).weightProperty().set(0);
        }

        assertThat(vm.weight(Criterion.TIME_FIT).weight()).isEqualTo(CompareViewModel.SMALLEST_WEIGHT);
        assertThat(vm.currentWeights()).isNotNull();
        assertThat(vm.currentWeights().total()).isEqualTo(CompareViewModel.SMALLEST_WEIGHT);
        assertThat(vm.messageProperty().get()).contains("At least one criterion");
        assertThat(vm.rows()).isNotEmpty();

        vm.weight(Criterion.RECOGNITION).weightProperty().set(2);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void committedWeightsAreStoredForTheProfileAndResetRestoresTheDefaults() {
        CompareViewModel vm = viewModel();
        vm.weight(Criterion.COST_FIT).weightProperty().set(4.96);

        vm.commitWeights();

        Map<String, BigDecimal> stored = store.profiles().weights(maya.id());
        assertThat(stored.get("COST_FIT")).isEqualByComparingTo("5.0");
        assertThat(stored).hasSize(Criterion.values().length);
        assertThat(viewModel().weight(Criterion.COST_FIT).weight()).isEqualTo(5.0);

        vm.resetWeights();

        assertThat(ScoringWeights.fromStored(store.profiles().weights(maya.id()))).isEqualTo(ScoringWeights.defaults());
        assertThat(vm.weight(Criterion.COST_FIT).weight()).isEqualTo(ScoringWeights.defaults().of(Criterion.COST_FIT));
    }

    @Test
    void aReferenceDegreeIsShownMarkedAndChartedButLeftOutOfThePlan() {
        CompareViewModel vm = viewModel();
        var totalsBefore = vm.evaluationProperty().get().totals();
        var scheduleBefore = vm.evaluationProperty().get().schedule();
        int candidates = vm.rows().size();
        Credential degree = vm.degrees().stream().filter(d -> d.kind() == CredentialKind.DEGREE).findFirst()
                .orElseThrow();
        assertThat(vm.degrees()).allMatch(d -> d.kind() == CredentialKind.DEGREE);

        vm.referenceDegreeProperty().set(degree);

        assertThat(vm.rows()).hasSize(candidates + 1);
        CompareRow reference = vm.rows().get(vm.rows().size() - 1);
        assertThat(reference.reference()).isTrue();
        assertThat(reference.rank()).isZero();
        assertThat(reference.credential()).isEqualTo(degree);
        assertThat(reference.chartLabel()).contains("(reference)");
        assertThat(vm.rows().subList(0, candidates)).noneMatch(CompareRow::reference);
        assertThat(vm.evaluationProperty().get().totals()).isEqualTo(totalsBefore);
        assertThat(vm.evaluationProperty().get().schedule()).isEqualTo(scheduleBefore);
        CompareCharts charts = vm.chartsProperty().get();
        assertThat(charts.cost()).hasSize(candidates + 1).last().matches(CompareCharts.CostBar::reference);
        assertThat(charts.recognition()).hasSize(candidates + 1).last()
                .matches(CompareCharts.RecognitionSeries::reference);

        vm.referenceDegreeProperty().set(null);
        assertThat(vm.rows()).hasSize(candidates);
    }

    @Test
    void chartDataHasOneEntryPerCandidateAndTheCostPartsAddUpToTheTotal() {
        CompareViewModel vm = viewModel();
        CompareCharts charts = vm.chartsProperty().get();

        assertThat(charts.currency()).isEqualTo("EUR");
        assertThat(charts.cost()).extracting(CompareCharts.CostBar::label)
                .containsExactlyElementsOf(vm.rows().stream().map(CompareRow::chartLabel).toList())
                .doesNotHaveDuplicates();
        for (int i = 0; i < vm.rows().size(); i++) {
            CompareRow row = vm.rows().get(i);
            CompareCharts.CostBar cost = charts.cost().get(i);
            assertThat(cost.tuition().add(cost.exam()).add(cost.materials()).add(cost.renewals()))
                    .isEqualByComparingTo(row.evaluation().totalCost().amount());
            CompareCharts.TimeBar time = charts.time().get(i);
            assertThat(time.weeks()).isEqualTo(row.calendarWeeks());
            assertThat(time.start()).isEqualTo(row.start());
            assertThat(time.finish()).isEqualTo(row.finish());
            assertThat(time.startWeek()).isGreaterThanOrEqualTo(0);
            CompareCharts.RecognitionSeries recognition = charts.recognition().get(i);
            assertThat(recognition.levels().get("Technology"))
                    .isEqualTo(row.credential().recognitionIn("Technology").level());
        }
        // A candidate with a fee in another currency is converted: AWS exams are priced in USD.
        assertThat(vm.rows()).anyMatch(r -> !r.credential().costs().currency().equals("EUR")
                && r.evaluation().totalCost().currency().equals("EUR"));
        assertThat(charts.industries()).first().isEqualTo("Technology");
        assertThat(charts.goalIndustry()).isEqualTo("Technology");
        assertThat(charts.deadline()).contains(mayasGoal.deadline());
        assertThat(charts.deadlineWeek().orElseThrow()).isGreaterThan(40);
        assertThat(charts.costText()).contains("EUR").contains(vm.rows().get(0).credential().title());
        assertThat(charts.timeText()).contains(vm.rows().get(0).credential().title());
        assertThat(charts.recognitionText()).contains("Technology");
    }

    @Test
    void switchingToParallelIsStoredWithTheGoalAndReschedules() {
        CompareViewModel vm = viewModel();
        assertThat(vm.scheduleModeProperty().get()).isEqualTo(ScheduleMode.SEQUENTIAL);
        LocalDate sequentialFinish = vm.evaluationProperty().get().schedule().finish();
        assertThat(vm.scheduleLines()).isNotEmpty();

        vm.changeScheduleMode(ScheduleMode.PARALLEL);

        assertThat(store.goals().find(mayasGoal.id()).orElseThrow().scheduleMode()).isEqualTo(ScheduleMode.PARALLEL);
        assertThat(vm.scheduleModeProperty().get()).isEqualTo(ScheduleMode.PARALLEL);
        assertThat(vm.scheduleLines()).allSatisfy(line -> assertThat(line.weeklyHours())
                .isLessThan(mayasGoal.weeklyHours()));
        assertThat(vm.evaluationProperty().get().schedule().finish()).isNotEqualTo(sequentialFinish);

        vm.changeScheduleMode(ScheduleMode.SEQUENTIAL);
        assertThat(store.goals().find(mayasGoal.id()).orElseThrow().scheduleMode()).isEqualTo(ScheduleMode.SEQUENTIAL);
    }

    @Test
    void reloadPicksUpCandidatesAddedElsewhereAndProfileSwitchLoadsThatProfilesGoals() {
        CompareViewModel vm = viewModel();
        int before = vm.rows().size();
        Credential extra = store.catalog().search(CatalogFilter.text("google"), 1).get(0);
        store.candidates().save(Candidate.create(mayasGoal.id(), extra.id(), 20));

        vm.reload();

        assertThat(vm.rows()).hasSize(before + 1);

        Profile daniel = store.profiles().findByName("Daniel Okafor").orElseThrow();
        state.currentProfileProperty().set(daniel);

        assertThat(vm.selectedGoalProperty().get().profileId()).isEqualTo(daniel.id());
        assertThat(vm.chartsProperty().get().currency()).isEqualTo("USD");
        assertThat(vm.headingProperty().get()).contains("Daniel Okafor");
    }

    @Test
    void aPlanOverBudgetAndPastItsDeadlineIsInfeasibleWithTheReasonsAndWhatWouldFit() {
        Goal goal = InfeasiblePlanFixture.create(store, TODAY);
        state.currentProfileProperty().set(store.profiles().find(goal.profileId()).orElseThrow());
        CompareViewModel vm = viewModel();

        assertThat(vm.selectedGoalProperty().get().id()).isEqualTo(goal.id());
        assertThat(vm.feasibleProperty().get()).isFalse();
        assertThat(vm.feasibilityTextProperty().get()).contains("not feasible").contains("Over budget by")
                .contains("after the deadline");
        assertThat(vm.costTextProperty().get()).contains("over the budget");
        assertThat(vm.finishTextProperty().get()).isEmpty();
        assertThat(vm.scheduleWarnings().get(0)).startsWith("The plan finishes on").contains("after the deadline");
        assertThat(vm.scheduleWarnings()).anyMatch(w -> w.contains("h/week instead of 2"))
                .anyMatch(w -> w.contains("Moving the deadline"))
                .anyMatch(w -> w.startsWith("Dropping"));
        assertThat(vm.scheduleLines()).anyMatch(ScheduleLine::afterDeadline);
        assertThat(vm.returnTextProperty().get()).contains("n/a");
    }

    @Test
    void inGermanTheDecisionLogicsSentencesAreGermanWithGermanMoneyAndDates() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Goal goal = InfeasiblePlanFixture.create(store, TODAY);
            state.currentProfileProperty().set(store.profiles().find(goal.profileId()).orElseThrow());
            CompareViewModel vm = viewModel();
            vm.openBreakdown(vm.rows().get(0));

            List<String> explanations = vm.breakdown().stream().map(l -> Formats.text(l.explanation())).toList();
            assertThat(explanations).anyMatch(t -> t.startsWith("Anerkennung in Technologie: "))
                    .anyMatch(t -> t.equals("Das Ziel nennt noch keine Kompetenzen, daher lässt sich die Abdeckung"
                            + " nicht beurteilen"))
                    .anyMatch(t -> t.matches("Kostet [\\d.]+(,\\d{2})?\u00a0€.* verbleibenden Budget.*"))
                    .anyMatch(t -> t.matches("Dauert für sich allein \\d+ Wochen? bei 2 Std\\./Woche: .*"
                            + " \\d{2}\\.\\d{2}\\.\\d{4}"))
                    .noneMatch(t -> t.contains("Costs") || t.contains("EUR") || t.contains("USD"));
            assertThat(vm.returnTextProperty().get()).contains("Gehalt").doesNotContain("salary", "n/a");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void openingAScoreShowsItsBreakdownAndFollowsTheWeights() {
        CompareViewModel vm = viewModel();
        CompareRow first = vm.rows().get(0);

        vm.openBreakdown(first);

        assertThat(vm.breakdown()).hasSize(Criterion.values().length);
        assertThat(vm.breakdown().stream().map(l -> l.points()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(first.evaluation().score().points());
        assertThat(vm.breakdown()).allSatisfy(l -> assertThat(Formats.text(l.explanation())).isNotBlank());

        vm.weight(Criterion.RECOGNITION).weightProperty().set(0);

        assertThat(vm.breakdownRowProperty().get().evaluation().candidate().id())
                .isEqualTo(first.evaluation().candidate().id());
        assertThat(vm.breakdown().get(Criterion.RECOGNITION.ordinal()).weight()).isZero();

        vm.closeBreakdown();
        assertThat(vm.breakdown()).isEmpty();
    }

    private static CompareRow rowFor(CompareViewModel vm, UUID candidateId) {
        return vm.rows().stream().filter(r -> r.evaluation().candidate().id().equals(candidateId)).findFirst()
                .orElseThrow();
    }

    private static List<UUID> rankedIds(CompareViewModel vm) {
        return vm.rows().stream().map(r -> r.evaluation().candidate().id()).toList();
    }
}
