package io.upskillplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports files, all or nothing, with the format detected from each file's content. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files (format detected from content). All files import, or none and a message says why.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile that earned badges belong to (required for badges).")
    String profileName;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = parent.open()) {
            ImportTarget target = profileName == null ? ImportTarget.CATALOG_ONLY
                    : new ImportTarget(GoalsCommand.findProfile(app, profileName));
            List<ImportPlan> plans = new ImportService(app.store(), Importers.standard()).importFiles(files, target);
            var out = spec.commandLine().getOut();
            for (ImportPlan plan : plans) {
                out.println(plan.file().name() + ": " + plan.format() + ", " + plan.entryCount() + " entries");
                plan.summary().forEach(line -> out.println("  " + line));
            }
            out.flush();
        }
        return ExitCode.OK;
    }
}
