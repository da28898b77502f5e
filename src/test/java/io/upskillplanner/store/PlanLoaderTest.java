package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.ScoringWeights;
import io.upskillplanner.exchange.DemoSeeder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a plan on each kind of database; {@link PlanLoaderOnH2Test} and {@link PlanLoaderOnPostgresTest} run it. */
abstract class PlanLoaderTest {

    @TempDir
    Path dir;

    abstract TestDatabase.Kind kind();

    @Test
    void loadsADemoGoalWithItsCandidatesRatesAndStoredWeights() {
        try (TestDatabase testDatabase = kind().create(dir)) {
            Database database = testDatabase.open();
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            Profile maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
            Goal goal = store.goals().listForProfile(maya.id()).get(0);
            store.profiles().saveWeights(maya.id(), Map.of("RECOGNITION", new BigDecimal("5")));

            PlanInputs inputs = store.plans().load(goal.id());

            assertThat(inputs.profile()).isEqualTo(maya);
            assertThat(inputs.candidates()).hasSize(store.candidates().listForGoal(goal.id()).size())
                    .allSatisfy(c -> assertThat(c.candidate().goalId()).isEqualTo(goal.id()));
            assertThat(inputs.rates()).isNotEmpty();
            assertThat(inputs.weights().of(Criterion.RECOGNITION)).isEqualTo(5.0);
            assertThat(inputs.weights().of(Criterion.COST_FIT))
                    .isEqualTo(ScoringWeights.defaults().of(Criterion.COST_FIT));

            PlanEvaluation evaluation = inputs.evaluate(LocalDate.of(2026, 11, 28));
            assertThat(evaluation.candidates()).hasSameSizeAs(inputs.candidates());
            assertThat(evaluation.totals().totalCost().currency()).isEqualTo("EUR");
        }
    }
}
