package io.upskillplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.Version;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.InstanceLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The root command. Without a sub-command it asks for the desktop app. */
@Command(name = "upskill-planner",
        mixinStandardHelpOptions = true,
        versionProvider = UpskillCommand.VersionProvider.class,
        description = "Plan micro-credentials toward a career goal. Without a command, opens the desktop app.",
        subcommands = {ProfilesCommand.class, GoalsCommand.class, CatalogCommand.class, ImportCommand.class,
                BackupCommand.class, RestoreCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:unexpected failure",
                "2:bad usage",
                "3:input rejected (the message says which, where and why; nothing was changed)",
                "4:the data folder is in use by a running instance"})
public final class UpskillCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: UPSKILL_PLANNER_HOME, else the platform's application data folder).")
    Path dataDir;

    private boolean guiRequested;

    @Override
    public Integer call() {
        guiRequested = true;
        return ExitCode.OK;
    }

    public boolean guiRequested() {
        return guiRequested;
    }

    public DataFolder dataFolder() {
        return DataFolder.resolveDefault(dataDir);
    }

    /** Opens the data folder for a command; the caller closes it. */
    AppServices open() throws DataFolderInUseException {
        return AppServices.open(dataFolder(), lock());
    }

    /** Locks the data folder for a command that works on it without opening the database. */
    InstanceLock lock() throws DataFolderInUseException {
        DataFolder folder = dataFolder();
        try {
            return AppServices.lock(folder);
        } catch (IOException e) {
            throw new InputRejectedException("--data-dir " + folder.root(), null,
                    "cannot be used as the data folder (" + e.getMessage() + ")", e);
        }
    }

    /** Prints the version as "Upskill Planner x.y.z". */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.full()};
        }
    }
}
