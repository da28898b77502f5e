package io.upskillplanner.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.domain.decide.recommend.SolveStatus;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.RecommendLoader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Recommends which credentials of the whole catalogue, in what order, reach a goal within its
 * budget, deadline and weekly hours, and what the alternatives trade: the numbers the screen shows.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommend the best plan for a goal from the whole catalogue, with its trade-offs explained.")
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile's name (any case).")
    String profileName;

    @Option(names = "--goal", paramLabel = "TITLE", required = true, description = "The goal's title (any case).")
    String goalTitle;

    @Option(names = "--alternatives",
            description = "Also show the cheapest, the fastest and the most recognised plan.")
    boolean alternatives;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--exclude", paramLabel = "ID|TITLE",
            description = "Never propose this credential (its id, or its title in any case: every credential "
                    + "with that title); repeatable.")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Plan as of this date instead of today (for reproducible output).")
    LocalDate today;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1.8",
            description = "How long the whole recommendation (alternatives and what-ifs included) may search "
                    + "before it answers with the best plans found (default: 1.8, so that the answer comes within 2 s).")
    double timeLimitSeconds;

    @Override
    public Integer call() throws Exception {
        if (!(timeLimitSeconds > 0) || timeLimitSeconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be more than 0 and at most 3600 "
                    + "seconds, was " + timeLimitSeconds);
        }
        try (AppServices app = parent.open()) {
            Profile profile = GoalsCommand.findProfile(app, profileName);
            Goal goal = CompareCommand.findGoal(app, profile, goalTitle);
            LocalDate asOf = today == null ? LocalDate.now() : today;
            RecommendLoader loader = new RecommendLoader(app.store());
            Set<UUID> excludedIds = excludedIds(app);
            RecommendRequest request = loader.load(goal.id(), excludedIds, asOf);
            SolveLimits limits = SolveLimits.of(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
            Recommendation recommendation;
            try {
                recommendation = new Recommender(new ChocoPlanSolver()).recommend(request, alternatives, limits,
                        RecommendProgress.NONE);
            } catch (MissingExchangeRateException e) {
                throw new InputRejectedException(ErrorText.of("error.source.exchangeRates"), null,
                        ErrorText.of("error.cli.ratesMissing", e.phrase()), e);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException(ErrorText.of("error.source.goal", goal.title()), null,
                        DomainRuleException.reasonOf(e), e);
            }
            int catalogueSize = loader.catalogueSize();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, json(profile, goal, recommendation, catalogueSize, excludedIds));
            } else {
                printText(out, profile, goal, recommendation, catalogueSize);
            }
        }
        return ExitCode.OK;
    }

    /** Each --exclude as catalogue ids: an id that exists, or every credential with that title. */
    private Set<UUID> excludedIds(AppServices app) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String given : excluded) {
            String value = given.strip();
            List<UUID> found;
            try {
                UUID id = UUID.fromString(value);
                found = app.store().catalog().find(id).isPresent() ? List.of(id) : List.of();
            } catch (IllegalArgumentException notAnId) {
                found = value.isEmpty() ? List.of() : app.store().catalog().idsByTitle(value);
            }
            if (found.isEmpty()) {
                throw new InputRejectedException("--exclude", null, ErrorText.of("error.cli.noCredential", value));
            }
            ids.addAll(found);
        }
        return ids;
    }

    // --- JSON ---

    static ObjectNode json(Profile profile, Goal goal, Recommendation r, int catalogueSize, Set<UUID> excludedIds) {
        ObjectNode root = JsonOutput.object();
        root.put("today", r.today().toString());
        ObjectNode profileNode = root.putObject("profile");
        profileNode.put("id", profile.id().toString());
        profileNode.put("name", profile.name());
        ObjectNode goalNode = root.putObject("goal");
        goalNode.put("id", goal.id().toString());
        goalNode.put("title", goal.title());
        goalNode.put("targetIndustry", goal.targetIndustry());
        goalNode.put("deadline", r.deadline().map(LocalDate::toString).orElse(null));
        goalNode.put("weeklyHours", r.weeklyHours());
        goalNode.put("scheduleMode", r.mode().name());
        goalNode.set("budget", JsonOutput.money(r.budget()));
        root.put("currency", profile.currency());
        root.put("horizonMonths", Recommender.HORIZON_MONTHS);
        ObjectNode search = root.putObject("search");
        search.put("catalogueSize", catalogueSize);
        search.put("considered", r.considered());
        search.put("options", r.options());
        search.put("proven", r.proven());
        search.put("millisToFirstPlan", r.nanosToFirstPlan() / 1_000_000);
        search.put("millisTotal", r.nanosTotal() / 1_000_000);
        ArrayNode excludedNode = root.putArray("excluded");
        excludedIds.stream().map(UUID::toString).sorted().forEach(excludedNode::add);
        ArrayNode plans = root.putArray("plans");
        for (RecommendedPlan plan : r.plans()) {
            plans.add(plan(plan));
        }
        strings(root.putArray("leftOut"), r.leftOut());
        strings(root.putArray("toFit"), r.toFit());
        strings(root.putArray("notes"), r.notes());
        return root;
    }

    private static ObjectNode plan(RecommendedPlan plan) {
        ObjectNode node = JsonOutput.object();
        node.put("kind", plan.kind().name());
        node.put("sameAsBest", plan.sameAsBest());
        node.put("status", plan.status().name());
        node.put("proven", plan.status().proven());
        if (plan.gapPercent().isPresent()) {
            node.put("gapPercent", plan.gapPercent().get());
        } else {
            node.putNull("gapPercent");
        }
        node.set("totalCost", JsonOutput.money(plan.totalCost()));
        node.put("finish", plan.finish().toString());
        node.put("coveragePercent", plan.coveragePercent());
        node.put("recognition", plan.recognition());
        ArrayNode covered = node.putArray("coveredSkills");
        plan.coveredSkills().forEach(covered::add);
        ArrayNode missing = node.putArray("missingSkills");
        plan.missingSkills().forEach(missing::add);
        strings(node.putArray("givesUp"), plan.givesUp());
        ArrayNode steps = node.putArray("steps");
        for (PlanStep step : plan.steps()) {
            ObjectNode item = steps.addObject();
            item.put("order", step.order());
            item.put("credentialId", step.credential().id().toString());
            item.put("title", step.credential().title());
            item.put("provider", step.credential().providerName());
            item.put("start", step.start().toString());
            item.put("finish", step.finish().toString());
            item.put("weeks", step.weeks());
            item.put("weeklyHours", step.weeklyHours());
            item.set("cost", JsonOutput.money(step.cost()));
            item.put("why", step.why().english());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<Phrase> phrases) {
        phrases.forEach(p -> array.add(p.english()));
    }

    // --- text ---

    private static void printText(PrintWriter out, Profile profile, Goal goal, Recommendation r, int catalogueSize) {
        out.println("Goal: " + goal.title() + " (" + profile.name() + ")");
        out.println("Budget " + r.budget() + ", deadline " + r.deadline().map(LocalDate::toString).orElse("none") + ", "
                + r.weeklyHours().stripTrailingZeros().toPlainString() + " h/week, "
                + r.mode().name().toLowerCase(Locale.ROOT) + "; costs over " + Recommender.HORIZON_MONTHS
                + " months; as of " + r.today());
        out.println("Searched " + catalogueSize + " catalogue entries: " + r.considered() + " teach a goal skill, "
                + r.options() + " reached the solver; " + (r.proven() ? "proven optimal" : "best found within the limit")
                + " in " + r.nanosTotal() / 1_000_000 + " ms");
        for (RecommendedPlan plan : r.plans()) {
            out.println();
            out.println(title(plan) + (plan.sameAsBest() && plan.kind() != r.best().kind() ? " (same as the best plan)"
                    : ""));
            out.println("  Covers " + plan.coveragePercent() + "% of the goal's skills, recognition "
                    + plan.recognition().toPlainString() + "/5, costs " + plan.totalCost() + ", finishes "
                    + plan.finish() + (plan.status().proven() ? "" : " (" + status(plan) + ")"));
            if (!plan.missingSkills().isEmpty()) {
                out.println("  Not covered: " + String.join(", ", plan.missingSkills()));
            }
            if (plan.steps().isEmpty()) {
                out.println("  No credential fits.");
            } else {
                TextTable table = new TextTable("  #", "CREDENTIAL", "START", "FINISH", "WEEKS", "H/WEEK", "COST", "WHY");
                for (PlanStep step : plan.steps()) {
                    table.row("  " + step.order(), step.credential().title(), step.start(), step.finish(), step.weeks(),
                            step.weeklyHours().toPlainString(), step.cost(), step.why().english());
                }
                table.print(out);
            }
            plan.givesUp().forEach(line -> out.println("  - " + line.english()));
        }
        section(out, "Left out", r.leftOut());
        section(out, "What would make it fit", r.toFit());
        section(out, "Notes", r.notes());
        out.flush();
    }

    private static void section(PrintWriter out, String heading, List<Phrase> lines) {
        if (!lines.isEmpty()) {
            out.println();
            out.println(heading);
            lines.forEach(line -> out.println("  - " + line.english()));
        }
    }

    private static String title(RecommendedPlan plan) {
        return switch (plan.kind()) {
            case BEST -> "Best plan";
            case CHEAPEST -> "Cheapest plan with the same coverage";
            case FASTEST -> "Fastest plan with the same coverage";
            case MOST_RECOGNISED -> "Most recognised plan";
        };
    }

    private static String status(RecommendedPlan plan) {
        String stopped = plan.status() == SolveStatus.CANCELLED ? "cancelled" : "time limit reached";
        return stopped + plan.gapPercent().map(gap -> ", at most " + gap + " percentage points of coverage from optimal")
                .orElse("");
    }
}
