package io.upskillplanner.bench;

/** The bare JVM of the command-line benchmark: starts, prints one line, exits. */
public final class PrintLine {

    private PrintLine() {
    }

    public static void main(String[] args) {
        System.out.println("Upskill Planner");
    }
}
