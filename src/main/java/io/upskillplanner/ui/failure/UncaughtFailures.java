package io.upskillplanner.ui.failure;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default handler for failures nobody caught, on the JavaFX thread and on every other thread:
 * each is logged with its stack trace, named in one line on the console, and shown in a dialog that
 * says what failed, that the data is safe and where the log is. An exception is never silent.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private final Path logFile;
    private final Consumer<FailureReport> show;
    private final AtomicBoolean showing = new AtomicBoolean();
    private Thread.UncaughtExceptionHandler previous;

    UncaughtFailures(Path logFile, Consumer<FailureReport> show) {
        this.logFile = logFile;
        this.show = show;
    }

    /** Installs the handler for the whole process; the dialog shows on the JavaFX thread once it runs. */
    public static UncaughtFailures install(Path logFile) {
        UncaughtFailures handler = new UncaughtFailures(logFile, FailureDialog::show);
        handler.previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    /** Puts back the handler that was there before, when the app stops (tests start several in one JVM). */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** The log file the app writes, as logback.xml names it from the folder Main sets. */
    public static Path defaultLogFile() {
        String folder = System.getProperty("upskill.logdir", System.getProperty("java.io.tmpdir"));
        return Path.of(folder, "upskill-planner.log");
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        FailureReport report = new FailureReport(thread.getName(), failure, logFile);
        try {
            log().error("Uncaught failure on thread {}", thread.getName(), failure);
            System.err.println("Error: " + report.whatFailed() + " (details in " + logFile + ")");
        } catch (RuntimeException | Error ignored) {
            // Reporting must never fail in turn; the dialog below still tells the user.
        }
        if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
            return;
        }
        try {
            // Later even on the JavaFX thread: a failure during layout cannot open a dialog there and then.
            Platform.runLater(() -> present(report));
        } catch (IllegalStateException toolkitNotRunning) {
            // The command line, or the window already gone: the log and the console line remain.
        }
    }

    /** One dialog at a time: a failure that repeats on every pulse must not bury the window. */
    private void present(FailureReport report) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            show.accept(report);
        } catch (RuntimeException e) {
            log().error("Could not show the failure dialog", e);
        } finally {
            showing.set(false);
        }
    }

    /** Looked up on use: installing the handler must not start logging before the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(UncaughtFailures.class);
    }
}
