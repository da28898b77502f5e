package io.upskillplanner.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Exports a profile's plan; each format's work lives in its own class (ExportPdf, ...). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a profile's plan. The file appears complete or not at all.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "pdf")
    String format;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile's name (any case).")
    String profileName;

    @Option(names = "--goal", paramLabel = "TITLE", description = "Only this goal (any case); default: every goal.")
    String goalTitle;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "SIZE", description = "pdf: a4 (default) or letter.")
    String paper;

    @Override
    public Integer call() throws Exception {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("pdf")) {
            throw new ParameterException(spec.commandLine(), "Unknown FORMAT '" + format + "'; use pdf");
        }
        if (paper != null) {
            try {
                PaperSize.parse(paper);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--paper '" + paper + "': use a4 or letter");
            }
        }
        PlanReport.prepareInBackground();
        try (AppServices app = parent.open()) {
            return ExportPdf.export(app, profileName, goalTitle, out, paper, spec.commandLine().getOut());
        }
    }
}
