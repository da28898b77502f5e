package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.recommend.PlanVersus;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The section "Your plan and the recommended plan" (issue #16): the recommendation the report
 * computes for a goal is the one {@code recommend --json} prints for the same day, its figures are
 * the Compare screen's ({@link PlanVersus}), in English and in German; it is left out (and not
 * computed) when deselected; a goal without chosen candidates shows the recommendation alone; a
 * goal nothing fits says what would. Over the demo data in a real H2 file.
 */
class ReportRecommendationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String MAYA = "Maya Lindqvist";
    private static final String GOAL = "Cloud support engineer by September";

    @TempDir
    Path dir;

    @Test
    void theSectionShowsTheRecommendationOfTheCommandLineWithTheScreensFiguresInEnglishAndGerman() throws Exception {
        JsonNode printed = recommendJson();
        JsonNode best = printed.path("plans").get(0);
        Money cost = new Money(best.path("totalCost").path("amount").decimalValue(),
                best.path("totalCost").path("currency").asText());
        LocalDate finish = LocalDate.parse(best.path("finish").asText());
        List<String> titles = best.path("steps").findValuesAsText("title");
        assertThat(titles).isNotEmpty();

        try (AppServices app = AppServices.open(new DataFolder(dir))) {
            Store store = app.store();
            Profile maya = store.profiles().findByName(MAYA).orElseThrow();
            Goal goal = store.goals().findByTitle(maya.id(), GOAL).orElseThrow();
            for (Locale language : ReportOptions.LANGUAGES) {
                ReportOptions options = new ReportOptions(List.of(goal.id()), ReportSection.all(), PaperSize.A4, "",
                        TODAY, language);
                ReportContent content = new ReportLoader(store, new ChocoPlanSolver()).load(maya.id(), options,
                        ReportMonitor.NONE);
                GoalPlan plan = content.goals().get(0);
                Recommendation recommendation = plan.recommendation().orElseThrow();
                assertThat(recommendation.best().totalCost()).isEqualTo(cost);
                assertThat(recommendation.best().finish()).isEqualTo(finish);

                String text = oneLine(PdfChecks.text(export(store, maya, options, "maya-" + language)));

                ReportFormats formats = ReportFormats.of(language);
                assertThat(text).contains(language == Locale.GERMAN ? "Ihr Plan und der empfohlene Plan"
                        : "Your plan and the recommended plan", formats.money(cost), formats.date(finish));
                titles.forEach(title -> assertThat(text).contains(title));
                recommendation.best().steps().forEach(step -> assertThat(text).contains(formats.text(step.why())));
                // Every cell of the comparison, the person's side as the Compare screen computes it.
                PlanVersus versus = PlanVersus.of(goal, plan.evaluation(), recommendation);
                for (PlanVersus.Row row : versus.rows()) {
                    assertThat(text).contains(formats.text(row.label()), formats.text(row.recommended()));
                    if (versus.ownPlanned()) {
                        assertThat(text).contains(formats.text(row.yours()));
                    }
                }
                if (language == Locale.GERMAN) {
                    assertThat(text).doesNotContain("Your plan and the recommended plan", "Steps of the recommended");
                }
            }
        }
    }

    @Test
    void aDeselectedSectionIsNeitherComputedNorPrinted() throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(dir))) {
            Store store = app.store();
            Profile maya = store.profiles().findByName(MAYA).orElseThrow();
            Set<ReportSection> without = EnumSet.allOf(ReportSection.class);
            without.remove(ReportSection.RECOMMENDATION);
            ReportOptions options = new ReportOptions(List.of(), without, PaperSize.A4, "", TODAY);

            ReportContent content = new ReportLoader(store, new ChocoPlanSolver()).load(maya.id(), options,
                    ReportMonitor.NONE);
            String text = oneLine(PdfChecks.text(export(store, maya, options, "without")));

            assertThat(content.goals()).isNotEmpty().allMatch(plan -> plan.recommendation().isEmpty());
            assertThat(text).contains("Skill gap").doesNotContain("Your plan and the recommended plan",
                    "Steps of the recommended plan");
        }
    }

    @Test
    void aGoalWithoutChosenCandidatesShowsOnlyTheRecommendation() throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(dir))) {
            Store store = app.store();
            Profile profile = ReportFixtures.profileWithGoals(store, "No Plan Yet", 1, 0);
            ReportOptions options = ReportOptions.everything("", TODAY);

            ReportContent content = new ReportLoader(store, new ChocoPlanSolver()).load(profile.id(), options,
                    ReportMonitor.NONE);
            Recommendation recommendation = content.goals().get(0).recommendation().orElseThrow();
            Path pdf = export(store, profile, options, "no-plan");
            String text = oneLine(PdfChecks.text(pdf));

            assertThat(recommendation.best().steps()).isNotEmpty();
            assertThat(text).contains("Your plan and the recommended plan",
                    "No candidate of this goal is chosen yet, so there is no plan of your own to compare",
                    "Steps of the recommended plan", ReportFormats.of(Locale.ENGLISH).money(
                            recommendation.best().totalCost()));
            assertThat(text).doesNotContain("Figure Your plan Recommended").contains("Figure Recommended");
            assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        }
    }

    @Test
    void aGoalNothingFitsSaysWhatWouldMakeItFit() throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(dir))) {
            Store store = app.store();
            Profile profile = ReportFixtures.profileWithGoals(store, "Tight Budget", 0, 0);
            LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 0);
            store.goals().save(new Goal(UUID.randomUUID(), profile.id(), "Data analyst on a shoestring",
                    "Data analyst", "Technology", TODAY.plusMonths(8), new BigDecimal("1"), null,
                    new BigDecimal("52000"), 1, GoalStatus.ACTIVE, ScheduleMode.SEQUENTIAL, null,
                    List.of(GoalSkill.of("SQL", 5), GoalSkill.of("data analysis", 4)), now, now, 0));
            ReportOptions options = ReportOptions.everything("", TODAY).withLanguage(Locale.GERMAN);

            ReportContent content = new ReportLoader(store, new ChocoPlanSolver()).load(profile.id(), options,
                    ReportMonitor.NONE);
            Recommendation recommendation = content.goals().get(0).recommendation().orElseThrow();
            String text = oneLine(PdfChecks.text(export(store, profile, options, "nothing-fits")));

            assertThat(recommendation.best().steps()).isEmpty();
            assertThat(recommendation.toFit()).isNotEmpty();
            ReportFormats formats = ReportFormats.of(Locale.GERMAN);
            assertThat(text).contains("Kein Nachweis des Katalogs passt", "Damit der Plan passt:");
            recommendation.toFit().forEach(change -> assertThat(text).contains(formats.text(change)));
        }
    }

    private Path export(Store store, Profile profile, ReportOptions options, String name) throws Exception {
        Path out = dir.resolve(name + ".pdf");
        PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
        return out;
    }

    /** {@code recommend --json} for the demo goal on the test's day, as a counselor would run it. */
    private JsonNode recommendJson() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "recommend", "--today", TODAY.toString(), "--profile", MAYA, "--goal", GOAL, "--json");
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        return new ObjectMapper().readTree(out.toString());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
