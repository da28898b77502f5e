package io.upskillplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.Backup;
import io.upskillplanner.store.BackupReason;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Backs the database up, into the rolling set in backups/ or into a file of the user's choosing. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the database (a consistent copy, safe while nothing else runs on the folder).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the backup to FILE (a zip) instead of the data folder's backups/; it is not rolled away.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (parent.serverDatabase().isPresent()) {
            throw new InputRejectedException("--db-url", null, ErrorText.of("error.cli.backupLocalOnly"));
        }
        try (AppServices app = parent.open()) {
            var printer = spec.commandLine().getOut();
            if (out != null) {
                Path written = app.backups().createTo(app.database(), out);
                printer.println("Backup written to " + written);
            } else {
                Backup backup = app.backup(BackupReason.MANUAL);
                printer.println("Backup written to " + backup.file() + " (" + backup.sizeBytes() + " bytes)");
            }
            printer.flush();
        }
        return ExitCode.OK;
    }
}
