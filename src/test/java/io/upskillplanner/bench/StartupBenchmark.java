package io.upskillplanner.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;

/**
 * Time to the first frame of the main window with the demo data, against a bare JavaFX window
 * started the same way in the same run: separate JVMs, launched alike, alternating, each printing
 * the time from JVM start to the first pulse after stage.show() (ui.FirstFrameProbe). Goal: the
 * ratio of medians at most 1.5. The app's first frame is its opening frame (header and status
 * line, ui.main.OpeningFrame); when the full window and the demo profiles follow is reported too.
 * {@code startup.data_ready_ratio} sets that against the same bare window (goal: at most 2.5).
 * Headless Monocle by default; {@code -Dbench.startup.display=true} uses the real display instead
 * (e.g. under xvfb-run). {@code -Dbench.startup.runs=N} (default 11).
 */
public final class StartupBenchmark implements Benchmark {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 11);
        Path dir = Files.createTempDirectory("upskill-startup");
        DataFolder folder = new DataFolder(dir);
        // Seed the demo data and take today's backup now: the measured starts are ordinary ones.
        try (AppServices app = AppServices.open(folder)) {
            app.dailyBackupIfDue();
        }
        double[] bare = new double[runs];
        double[] app = new double[runs];
        double[] window = new double[runs];
        double[] data = new double[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = probe(List.of("bare"))[0];
            long[] appTimes = probe(List.of("app", folder.root().toString()));
            app[i] = appTimes[0];
            window[i] = appTimes[1];
            data[i] = appTimes[2];
        }
        double bareMedian = BenchReport.median(bare);
        double appMedian = BenchReport.median(app);
        report.figure("startup.runs", runs);
        report.text("startup.display", Boolean.getBoolean("bench.startup.display") ? "real" : "monocle-headless");
        report.figure("startup.bare.first_frame_ms", bareMedian);
        report.figure("startup.app.first_frame_ms", appMedian);
        report.figure("startup.app.window_ready_ms", BenchReport.median(window));
        report.figure("startup.app.data_ready_ms", BenchReport.median(data));
        report.figure("startup.ratio", appMedian / bareMedian);
        // Issue 17's second goal: the window settled with the demo data at most 2.5x a bare window.
        report.figure("startup.data_ready_ratio", BenchReport.median(data) / bareMedian);
    }

    private static long[] probe(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!Boolean.getBoolean("bench.startup.display")) {
            command.addAll(HEADLESS);
        }
        command.addAll(List.of("-Xmx512m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), "io.upskillplanner.ui.FirstFrameProbe"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] times = {-1, -1, -1};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME_MS=")) {
                    times[0] = Long.parseLong(line.substring("FIRST_FRAME_MS=".length()));
                } else if (line.startsWith("WINDOW_READY_MS=")) {
                    times[1] = Long.parseLong(line.substring("WINDOW_READY_MS=".length()));
                } else if (line.startsWith("DATA_READY_MS=")) {
                    times[2] = Long.parseLong(line.substring("DATA_READY_MS=".length()));
                }
            }
        } finally {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (times[0] < 0) {
            throw new IllegalStateException("The probe " + args + " printed no first frame (exit " + process.exitValue() + ")");
        }
        return times;
    }

    public static void main(String[] args) throws Exception {
        new StartupBenchmark().run(new BenchReport(System.out));
    }
}
