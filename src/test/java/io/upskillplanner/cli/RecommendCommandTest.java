package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String MAYA = "Maya Lindqvist";
    private static final String GOAL = "Cloud support engineer by September";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void recommendJsonGivesTheDomainsNumbersAndKeepsTheGoalsLimits() throws Exception {
        Result result = recommend("--profile", MAYA, "--goal", GOAL.toLowerCase(), "--alternatives", "--json");
        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        JsonNode printed = json.readTree(result.out);

        Recommendation expected;
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            Profile maya = store.profiles().findByName(MAYA).orElseThrow();
            Goal goal = store.goals().findByTitle(maya.id(), GOAL).orElseThrow();
            expected = new Recommender(new ChocoPlanSolver()).recommend(
                    new RecommendLoader(store).load(goal.id(), Set.of(), TODAY), true,
                    SolveLimits.of(Duration.ofSeconds(10)), RecommendProgress.NONE);
        }
        assertThat(printed.path("plans")).hasSize(4);
        assertThat(printed.path("search").path("proven").asBoolean()).isTrue();
        for (int p = 0; p < 4; p++) {
            JsonNode plan = printed.path("plans").get(p);
            assertThat(plan.path("kind").asText()).isEqualTo(expected.plans().get(p).kind().name());
            assertThat(plan.path("totalCost").path("amount").decimalValue())
                    .isEqualByComparingTo(expected.plans().get(p).totalCost().amount())
                    .isLessThanOrEqualTo(printed.path("goal").path("budget").path("amount").decimalValue());
            assertThat(plan.path("finish").asText()).isEqualTo(expected.plans().get(p).finish().toString())
                    .isLessThanOrEqualTo(printed.path("goal").path("deadline").asText());
            assertThat(plan.path("coveragePercent").asInt()).isEqualTo(expected.plans().get(p).coveragePercent());
            List<String> titles = new ArrayList<>();
            plan.path("steps").forEach(step -> titles.add(step.path("title").asText()));
            assertThat(titles).containsExactlyElementsOf(expected.plans().get(p).steps().stream()
                    .map(PlanStep::credential).map(c -> c.title()).toList());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode step : printed.path("plans").get(0).path("steps")) {
            sum = sum.add(step.path("cost").path("amount").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(printed.path("plans").get(0).path("totalCost").path("amount").decimalValue());
    }

    @Test
    void recommendTextNamesThePlanAndWhyEachCredentialIsIn() {
        Result result = recommend("--profile", MAYA, "--goal", GOAL);

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        assertThat(result.out).contains("Best plan").contains("proven optimal").contains("which nothing else in the plan does")
                .doesNotContain("Cheapest plan");
    }

    @Test
    void excludedCredentialsByTitleOrIdAreNeverProposedAndNamedInTheNotes() throws Exception {
        JsonNode before = json.readTree(recommend("--profile", MAYA, "--goal", GOAL, "--json").out);
        JsonNode steps = before.path("plans").get(0).path("steps");
        assertThat(steps.size()).isGreaterThanOrEqualTo(2);
        String firstTitle = steps.get(0).path("title").asText();
        String secondId = steps.get(1).path("credentialId").asText();

        Result result = recommend("--profile", MAYA, "--goal", GOAL, "--json", "--exclude", firstTitle.toUpperCase(),
                "--exclude", secondId);

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        JsonNode after = json.readTree(result.out);
        assertThat(after.path("excluded")).hasSize(2);
        for (JsonNode plan : after.path("plans")) {
            for (JsonNode step : plan.path("steps")) {
                assertThat(step.path("title").asText()).isNotEqualToIgnoringCase(firstTitle);
                assertThat(step.path("credentialId").asText()).isNotEqualTo(secondId);
            }
        }
        assertThat(after.path("notes").toString()).contains("Excluded by you").contains(firstTitle);
    }

    @Test
    void excludingACredentialThatIsNotInTheCatalogueIsRejected() {
        Result result = recommend("--profile", MAYA, "--goal", GOAL, "--exclude", "No Such Course");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("--exclude").contains("No Such Course");
    }

    @Test
    void anUnknownGoalIsRejectedNamingTheGoalsThatExist() {
        Result result = recommend("--profile", MAYA, "--goal", "Astronaut");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("Astronaut").contains(GOAL);
    }

    @Test
    void aTimeLimitOfZeroIsBadUsage() {
        Result result = recommend("--profile", MAYA, "--goal", GOAL, "--time-limit", "0");

        assertThat(result.code).isEqualTo(ExitCode.USAGE);
        assertThat(result.err).contains("--time-limit");
    }

    private Result recommend(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "recommend";
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
