package io.upskillplanner;

/** The command line's exit codes: a stable contract, documented in the README. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int DATA_FOLDER_IN_USE = 4;

    private ExitCode() {
    }
}
