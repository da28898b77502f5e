package io.upskillplanner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.csv.ComparisonCsvExporter;
import io.upskillplanner.exchange.plan.PlanExporter;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a profile's plan as a plan file (json), a goal's comparison table (csv) or the PDF report
 * (pdf; its logic is in {@link ExportPdf}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a profile's plan (json: a plan file that 'import' reads back), a goal's comparison "
                + "table (csv, for spreadsheets; needs --goal) or the PDF report (pdf; all goals or --goal).")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile's name (any case).")
    String profileName;

    @Option(names = "--goal", paramLabel = "TITLE",
            description = "The goal's title (any case); csv needs it, pdf takes only that goal.")
    String goalTitle;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (replaced).")
    Path out;

    @Option(names = "--paper", paramLabel = "SIZE", description = "pdf only: a4 (default) or letter.")
    String paper;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "pdf only: the report's language, en (default) or de.")
    String language;

    @Override
    public Integer call() throws Exception {
        if (paper != null) {
            requirePaperForPdf();
        }
        Locale reportLanguage = language == null ? Locale.ENGLISH : requireLanguageForPdf();
        if (format == ExportFormat.PDF) {
            PlanReport.prepareInBackground();
            try (AppServices app = parent.open()) {
                return ExportPdf.export(app, profileName, goalTitle, out, paper, reportLanguage,
                        spec.commandLine().getOut());
            }
        }
        try (AppServices app = parent.open()) {
            Profile profile = GoalsCommand.findProfile(app, profileName);
            String written = switch (format) {
                case JSON -> {
                    new PlanExporter(app.store()).write(profile, out);
                    yield "the plan of " + profile.name();
                }
                case CSV -> {
                    Goal goal = findGoal(app, profile);
                    int rows = writeCsv(app, profile, goal);
                    yield "the comparison of " + rows + " candidate" + (rows == 1 ? "" : "s") + " for '"
                            + goal.title() + "'";
                }
                case PDF -> throw new IllegalStateException("pdf is written above");
            };
            var stdout = spec.commandLine().getOut();
            stdout.println("Wrote " + written + " to " + out);
            stdout.flush();
        }
        return ExitCode.OK;
    }

    private void requirePaperForPdf() {
        if (format != ExportFormat.PDF) {
            throw new ParameterException(spec.commandLine(), "--paper applies to pdf only");
        }
        try {
            PaperSize.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--paper '" + paper + "': use a4 or letter");
        }
    }

    private Locale requireLanguageForPdf() {
        if (format != ExportFormat.PDF) {
            throw new ParameterException(spec.commandLine(), "--lang applies to pdf only");
        }
        try {
            return ReportOptions.language(language);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang '" + language + "': use en or de");
        }
    }

    private int writeCsv(AppServices app, Profile profile, Goal goal) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            return new ComparisonCsvExporter(app.store()).write(profile, goal, stream);
        }
    }

    private Goal findGoal(AppServices app, Profile profile) {
        if (goalTitle == null) {
            throw new InputRejectedException("--goal", null, ErrorText.of("error.cli.goalForCsv"));
        }
        return app.store().goals().findByTitle(profile.id(), goalTitle).orElseThrow(() -> {
            List<String> titles = app.store().goals().listForProfile(profile.id()).stream().map(Goal::title).toList();
            return new InputRejectedException("--goal", null, titles.isEmpty()
                    ? ErrorText.of("error.cli.noGoalTitled", profile.name(), goalTitle)
                    : ErrorText.of("error.cli.noGoalTitledAmong", profile.name(), goalTitle, String.join(", ", titles)));
        });
    }
}
