package io.upskillplanner.cli;

import java.io.PrintWriter;

import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.DataFolderInUseException;
import io.upskillplanner.store.LogRedaction;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line with the exit codes and error messages of the contract. */
public final class Cli {

    private Cli() {
    }

    public static CommandLine create(UpskillCommand root, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(TerminalText.of(out));
        commandLine.setErr(TerminalText.of(err));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            int code = exitCodeFor(e);
            if (code == ExitCode.FAILURE) {
                // Looked up here: logging starts only when there is something to log. The log outlives
                // the session: it keeps the error's kind and stack, not the client's data.
                LoggerFactory.getLogger(Cli.class).error("Command failed", LogRedaction.redacted(e));
                errors.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                errors.println(ErrorText.of("error.cli.detailsInLog").text());
            } else {
                errors.println("Error: " + e.getMessage());
            }
            errors.flush();
            return code;
        });
        return commandLine;
    }

    static int exitCodeFor(Throwable e) {
        if (e instanceof DataFolderInUseException) {
            return ExitCode.DATA_FOLDER_IN_USE;
        }
        if (e instanceof InputRejectedException) {
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.FAILURE;
    }
}
