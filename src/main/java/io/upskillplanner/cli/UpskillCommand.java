package io.upskillplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.Version;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.InstanceLock;
import io.upskillplanner.store.ServerDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The root command. Without a sub-command it asks for the desktop app. */
@Command(name = "upskill-planner",
        mixinStandardHelpOptions = true,
        versionProvider = UpskillCommand.VersionProvider.class,
        description = "Plan micro-credentials toward a career goal. Without a command, opens the desktop app.",
        subcommands = {ProfilesCommand.class, GoalsCommand.class, CatalogCommand.class, CompareCommand.class,
                RecommendCommand.class,
                ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class},
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

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Use a shared PostgreSQL database (jdbc:postgresql://host:port/database) instead of the "
                    + "data folder's own; user and password from UPSKILL_PLANNER_DB_USER and "
                    + "UPSKILL_PLANNER_DB_PASSWORD.")
    String dbUrl;

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

    /** The shared server chosen with --db-url, if any; rejected when the URL is not usable. */
    public Optional<ServerDatabase> serverDatabase() {
        return dbUrl == null ? Optional.empty() : Optional.of(ServerDatabase.fromEnvironment(dbUrl));
    }

    /** Opens the data folder, and the database it names, for a command; the caller closes it. */
    AppServices open() throws DataFolderInUseException {
        // A bad --db-url is rejected before the folder is locked.
        Optional<ServerDatabase> server = serverDatabase();
        return AppServices.open(dataFolder(), lock(), server);
    }

    /** Locks the data folder for a command that works on it without opening the database. */
    InstanceLock lock() throws DataFolderInUseException {
        DataFolder folder = dataFolder();
        try {
            return AppServices.lock(folder);
        } catch (IOException e) {
            throw new InputRejectedException("--data-dir " + folder.root(), null,
                    ErrorText.of("error.cli.dataFolder", e.getMessage()), e);
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
