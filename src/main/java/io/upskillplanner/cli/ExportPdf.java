package io.upskillplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.solver.ChocoPlanSolver;

/**
 * {@code export pdf}: the PDF report of a profile's plan, of all its goals or one, with the author
 * name the desktop app saved. Kept apart from {@link ExportCommand} so that other formats can join
 * that command without touching this.
 */
public final class ExportPdf {

    private ExportPdf() {
    }

    /**
     * @param goal  a goal title (any case), or null for every goal of the profile
     * @param paper "a4" or "letter", or null for A4
     * @param language the report's language, one of {@link ReportOptions#LANGUAGES}
     * @return the exit code
     * @throws InputRejectedException when the profile, the goal, the paper or the output path cannot be used
     */
    public static int export(AppServices app, String profile, String goal, Path out, String paper, Locale language,
                             PrintWriter log) throws IOException {
        PaperSize size;
        try {
            size = paper == null ? PaperSize.A4 : PaperSize.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("--paper", null, ErrorText.of("error.cli.paperSize", paper));
        }
        Profile found = GoalsCommand.findProfile(app, profile);
        List<Goal> goals = app.store().goals().listForProfile(found.id());
        List<java.util.UUID> goalIds = List.of();
        if (goal != null) {
            Goal chosen = app.store().goals().findByTitle(found.id(), goal).orElseThrow(() ->
                    new InputRejectedException("--goal", null, ErrorText.of("error.cli.noSuchGoal", found.name(), goal,
                            (goals.isEmpty() ? ErrorText.of("error.cli.noGoalsYet")
                            : ErrorText.of("error.cli.itsGoals", String.join(", ", goals.stream().map(Goal::title).toList()))))));
            goalIds = List.of(chosen.id());
        }
        String author = app.store().settings().get(PlanReport.AUTHOR_SETTING).orElse("");
        ReportOptions options = new ReportOptions(goalIds, ReportSection.all(), size, author, LocalDate.now(),
                language);
        PlanReport.export(app.store(), new ChocoPlanSolver(), found.id(), options, out, ReportMonitor.NONE);
        int written = goal == null ? goals.size() : 1;
        log.println("Wrote the report of " + found.name() + " (" + written + (written == 1 ? " goal" : " goals")
                + ") to " + out.toAbsolutePath().normalize());
        log.flush();
        return ExitCode.OK;
    }
}
