package io.upskillplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.BackupService;
import io.upskillplanner.store.CancelFlag;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.RestoreResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Replaces the data with a backup. It works on a damaged or missing database too: that is when it
 * is needed most. The current state is backed up first (or, if damaged, moved to damaged/).
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the data with a backup. The current data is backed up first; "
                + "a file that is not a whole backup is rejected (exit 3) and nothing changes.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup zip, e.g. from the data folder's backups/.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (parent.serverDatabase().isPresent()) {
            throw new InputRejectedException("--db-url", null, ErrorText.of("error.cli.restoreLocalOnly"));
        }
        try (InstanceLock ignored = parent.lock()) {
            RestoreResult result = new BackupService(parent.dataFolder()).restoreUnopened(file, new CancelFlag());
            var out = spec.commandLine().getOut();
            out.println("Restored " + result.restoredFrom() + " (" + result.profiles() + " profiles).");
            result.replacedBackup().ifPresent(b -> out.println("The data it replaced is backed up in " + b.file()));
            result.setAside().ifPresent(p -> out.println("The damaged database was moved to " + p));
            out.flush();
        }
        return ExitCode.OK;
    }
}
