package io.upskillplanner.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects figures as machine-readable {@code name=value} lines, on screen and in a file. */
public final class BenchReport {

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();

    public BenchReport(PrintStream out) {
        this.out = out;
    }

    public void figure(String name, double value) {
        add(name + "=" + String.format(Locale.ROOT, "%.3f", value));
    }

    public void figure(String name, long value) {
        add(name + "=" + value);
    }

    public void text(String name, String value) {
        add(name + "=" + value);
    }

    private void add(String line) {
        lines.add(line);
        out.println(line);
        out.flush();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** The median of a set of samples (milliseconds or any unit). */
    public static double median(double[] samples) {
        return percentile(samples, 50);
    }

    public static double percentile(double[] samples, double percent) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
