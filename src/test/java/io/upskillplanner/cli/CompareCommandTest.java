package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.compare.CompareRow;
import io.upskillplanner.ui.compare.CompareViewModel;
import io.upskillplanner.ui.compare.InfeasiblePlanFixture;
import io.upskillplanner.ui.main.AppState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String MAYA = "Maya Lindqvist";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void compareJsonGivesTheSameNumbersAsTheCompareScreen() throws IOException {
        Result result = compare("--profile", MAYA, "--goal", "cloud support engineer by september", "--json");
        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        JsonNode printed = json.readTree(result.out);

        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            AppState state = new AppState(store, TaskRunner.DIRECT);
            Profile maya = store.profiles().findByName(MAYA).orElseThrow();
            state.currentProfileProperty().set(maya);
            CompareViewModel screen = new CompareViewModel(state, () -> TODAY);
            screen.reload();

            Map<String, CompareRow> rows = new HashMap<>();
            screen.rows().forEach(r -> rows.put(r.evaluation().candidate().id().toString(), r));
            assertThat(printed.path("candidates")).hasSize(rows.size());
            int position = 0;
            for (JsonNode candidate : printed.path("candidates")) {
                CompareRow row = rows.get(candidate.path("candidateId").asText());
                assertThat(row).as(candidate.path("title").asText()).isNotNull();
                assertThat(candidate.path("rank").asInt()).isEqualTo(row.rank());
                assertThat(screen.rows().get(position++)).isEqualTo(row);
                assertThat(candidate.path("score").decimalValue())
                        .isEqualByComparingTo(row.evaluation().score().points());
                for (int i = 0; i < row.evaluation().score().breakdown().size(); i++) {
                    CriterionScore line = row.evaluation().score().breakdown().get(i);
                    JsonNode printedLine = candidate.path("breakdown").get(i);
                    assertThat(printedLine.path("criterion").asText()).isEqualTo(line.criterion().name());
                    assertThat(printedLine.path("rating").asDouble()).isEqualTo(line.rating());
                    assertThat(printedLine.path("weight").asDouble()).isEqualTo(line.weight());
                    assertThat(printedLine.path("points").decimalValue()).isEqualByComparingTo(line.points());
                    assertThat(printedLine.path("explanation").asText()).isEqualTo(line.explanation().english());
                }
                assertThat(candidate.path("totalCost").path("amount").decimalValue())
                        .isEqualByComparingTo(row.evaluation().totalCost().amount());
                assertThat(candidate.path("totalCost").path("currency").asText()).isEqualTo("EUR");
                assertThat(candidate.path("start").asText()).isEqualTo(row.start().toString());
                assertThat(candidate.path("finish").asText()).isEqualTo(row.finish().toString());
                assertThat(candidate.path("withinBudget").asBoolean()).isEqualTo(row.evaluation().withinBudgetAlone());
                assertThat(candidate.path("beforeDeadline").asBoolean()).isEqualTo(row.evaluation().beforeDeadline());
            }
            PlanTotals totals = screen.evaluationProperty().get().totals();
            JsonNode plan = printed.path("plan");
            assertThat(plan.path("totalCost").path("amount").decimalValue())
                    .isEqualByComparingTo(totals.totalCost().amount());
            assertThat(plan.path("budget").path("amount").decimalValue())
                    .isEqualByComparingTo(totals.budget().amount());
            assertThat(plan.path("finish").asText()).isEqualTo(totals.finish().toString());
            assertThat(plan.path("deadline").asText()).isEqualTo(totals.deadline().orElseThrow().toString());
            assertThat(plan.path("feasible").asBoolean()).isEqualTo(totals.feasible()).isTrue();
            assertThat(plan.path("returnOnInvestment").path("paybackMonths").asLong())
                    .isEqualTo(totals.returnOnInvestment().paybackMonths().getAsLong());
        }
    }

    @Test
    void storedWeightsChangeTheScoresTheCommandPrints() throws IOException {
        Result before = compare("--profile", MAYA, "--goal", "Cloud support engineer by September", "--json");
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            Profile maya = store.profiles().findByName(MAYA).orElseThrow();
            store.profiles().saveWeights(maya.id(), Map.of("RECOGNITION", BigDecimal.ZERO, "COST_FIT",
                    new BigDecimal("5")));
        }
        Result after = compare("--profile", MAYA, "--goal", "Cloud support engineer by September", "--json");

        JsonNode weights = json.readTree(after.out).path("weights");
        assertThat(weights.path("RECOGNITION").asDouble()).isZero();
        assertThat(weights.path("COST_FIT").asDouble()).isEqualTo(5.0);
        assertThat(json.readTree(after.out).path("candidates").findValuesAsText("score"))
                .isNotEqualTo(json.readTree(before.out).path("candidates").findValuesAsText("score"));
    }

    @Test
    void aPlanOverBudgetAndPastItsDeadlineIsReportedInfeasibleWithTheReasons() throws IOException {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            InfeasiblePlanFixture.create(store, TODAY);
        }

        Result result = compare("--profile", InfeasiblePlanFixture.PROFILE, "--goal", InfeasiblePlanFixture.GOAL,
                "--json");

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        JsonNode plan = json.readTree(result.out).path("plan");
        assertThat(plan.path("feasible").asBoolean()).isFalse();
        assertThat(plan.path("withinBudget").asBoolean()).isFalse();
        assertThat(plan.path("beforeDeadline").asBoolean()).isFalse();
        assertThat(plan.path("infeasibleBecause")).hasSize(2);
        assertThat(plan.path("infeasibleBecause").get(0).asText()).startsWith("Over budget by");
        assertThat(plan.path("infeasibleBecause").get(1).asText()).contains("after the deadline");
        assertThat(plan.path("warnings").toString()).contains("h/week instead of 2");
        assertThat(plan.path("returnOnInvestment").path("available").asBoolean()).isFalse();
        assertThat(plan.path("returnOnInvestment").path("notAvailableBecause").asText()).startsWith("n/a:");

        Result text = compare("--profile", InfeasiblePlanFixture.PROFILE, "--goal", InfeasiblePlanFixture.GOAL);
        assertThat(text.out).contains("Feasible:    no").contains("- Over budget by")
                .contains("after the deadline");
    }

    @Test
    void textOutputIsARankedTableWithEveryBreakdownAndThePlan() {
        Result result = compare("--profile", MAYA, "--goal", "Cloud support engineer by September");

        assertThat(result.code).isEqualTo(ExitCode.OK);
        assertThat(result.out).contains("RANK  SCORE  CREDENTIAL").contains("CRITERION").contains("Time fit")
                .contains("Total cost:").contains("Feasible:    yes").contains("ROI:         pays back in");
        assertThat(result.out.lines().filter(l -> l.startsWith("Score of "))).hasSize(5);
    }

    @Test
    void anUnknownGoalIsRejectedWithExitCode3NamingTheGoalsThatExist() {
        Result result = compare("--profile", MAYA, "--goal", "Astronaut");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("--goal").contains("Astronaut").contains("Cloud support engineer by September");
        assertThat(result.out).isEmpty();
    }

    @Test
    void anUnknownProfileIsRejectedWithExitCode3() {
        Result result = compare("--profile", "Nobody", "--goal", "Anything");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("Nobody").contains(MAYA);
    }

    private Result compare(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "compare";
        all[3] = "--today";
        all[4] = TODAY.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
