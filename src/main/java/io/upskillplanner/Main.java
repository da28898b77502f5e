package io.upskillplanner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.upskillplanner.cli.Cli;
import io.upskillplanner.ExitCode;
import io.upskillplanner.cli.UpskillCommand;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.DesktopLauncher;

import picocli.CommandLine;

/**
 * The entry point for both faces of the app: with a command it runs the command line, without
 * one it opens the desktop window. It is not a JavaFX Application so that the one jar runs with
 * plain {@code java -jar}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (isVersionRequest(args)) {
            // Scripts ask for the version to check the install; answer before picocli builds its
            // command tree and before the data folder is resolved, which is most of the cost.
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println(Version.full());
            System.exit(ExitCode.OK);
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("upskill.logdir", DataFolder.resolveDefault(dataDirArgument(args)).logs().toString());

        if (args.length == 0) {
            // The desktop app, as a launcher icon starts it. Building the command tree with picocli
            // costs several hundred milliseconds in a cold JVM, all before the window could show.
            System.exit(DesktopLauncher.launch(DataFolder.resolveDefault(null)));
        }
        UpskillCommand root = new UpskillCommand();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.create(root, out, err).execute(args);
        if (code == ExitCode.OK && root.guiRequested()) {
            code = launchDesktop(root, err);
        }
        System.exit(code);
    }

    private static int launchDesktop(UpskillCommand root, PrintWriter err) {
        try {
            return DesktopLauncher.launch(root.dataFolder(), root.serverDatabase());
        } catch (InputRejectedException e) {
            err.println("Error: " + e.getMessage());
            return ExitCode.INPUT_REJECTED;
        }
    }

    /** A lone {@code --version} or {@code -V}: answered as picocli would, without building it. */
    static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The --data-dir value, read before the full parse so that logging starts in the right folder. */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }

    /** Runs the command line the way {@link #main} does, without exiting, for tests and scripts. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        UpskillCommand root = new UpskillCommand();
        CommandLine commandLine = Cli.create(root, out, err);
        int code = commandLine.execute(args);
        if (code == ExitCode.OK && root.guiRequested()) {
            err.println(ErrorText.of("error.cli.noCommand").text());
            return ExitCode.USAGE;
        }
        return code;
    }
}
