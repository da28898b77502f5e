package io.upskillplanner.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.upskillplanner.AppServices;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.FirstFrameProbe;

/**
 * Time to the first frame of the main window with the demo data, against a bare JavaFX window
 * started the same way in the same run: separate JVMs, launched alike, alternating, each printing
 * the time from JVM start to the first pulse after stage.show() (ui.FirstFrameProbe). Goal: the
 * ratio of medians at most 1.5. The app's first frame is its opening frame (header and status
 * line, ui.main.OpeningFrame); when the full window and the demo profiles follow is reported too.
 * {@code startup.data_ready_ratio} sets that against the same bare window (goal: at most 2.5).
 * Headless Monocle by default; {@code -Dbench.startup.display=true} uses the real display instead
 * (e.g. under xvfb-run). {@code -Dbench.startup.runs=N} (default 11).
 * <p>When {@code -Pinstaller} built the Linux app image, each round also starts the app the way
 * its launcher does: the image's runtime, its class-data archive and its jar, with only the probe's
 * classes added ({@code startup.image.*}). Those figures are meant for a real display: the archive
 * holds the classes of the window's Linux start, and the headless platform loads others.
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
        Path image = Path.of("target", "installer", "upskill-planner");
        List<String> imageJava = Files.isRegularFile(image.resolve(Path.of("lib", "app", "upskill-planner.cfg")))
                ? imageCommand(image) : List.of();
        double[] bare = new double[runs];
        double[][] app = new double[3][runs];
        double[][] imaged = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = probe(javaCommand(), List.of("bare"))[0];
            record(app, i, probe(javaCommand(), List.of("app", folder.root().toString())));
            if (!imageJava.isEmpty()) {
                record(imaged, i, probe(imageJava, List.of("app", folder.root().toString())));
            }
        }
        double bareMedian = BenchReport.median(bare);
        report.figure("startup.runs", runs);
        report.text("startup.display", Boolean.getBoolean("bench.startup.display") ? "real" : "monocle-headless");
        report.figure("startup.bare.first_frame_ms", bareMedian);
        report(report, "startup", "startup.app.", app, bareMedian);
        if (imageJava.isEmpty()) {
            report.text("startup.image", "not built (./mvnw -Pinstaller -DskipTests package builds it)");
        } else {
            report(report, "startup.image", "startup.image.", imaged, bareMedian);
        }
    }

    private static void record(double[][] samples, int round, long[] times) {
        for (int k = 0; k < 3; k++) {
            samples[k][round] = times[k];
        }
    }

    /** First frame, full window and demo data of one launch path; the ratios against the bare window. */
    private static void report(BenchReport report, String ratioPrefix, String prefix, double[][] samples, double bare) {
        double first = BenchReport.median(samples[0]);
        double data = BenchReport.median(samples[2]);
        report.figure(prefix + "first_frame_ms", first);
        report.figure(prefix + "window_ready_ms", BenchReport.median(samples[1]));
        report.figure(prefix + "data_ready_ms", data);
        report.figure(ratioPrefix + ".ratio", first / bare);
        // Issue 17's second goal: the window settled with the demo data at most 2.5x a bare window.
        report.figure(ratioPrefix + ".data_ready_ratio", data / bare);
    }

    /** The JVM running the benchmarks, on the test class path, as the other launch paths are measured. */
    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!Boolean.getBoolean("bench.startup.display")) {
            command.addAll(HEADLESS);
        }
        command.addAll(List.of("-Xmx512m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path")));
        return command;
    }

    /**
     * The app image's launch (packaging/linux/launcher.sh): its runtime with the .cfg's Java
     * options and class path, plus a folder holding only the probe, so that the test class path's
     * logging set-up and libraries stay out (and Monocle, when headless).
     */
    private static List<String> imageCommand(Path image) throws IOException {
        Path app = image.resolve(Path.of("lib", "app")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(image.resolve(Path.of("lib", "runtime", "bin", "java")).toString()));
        String classpath = null;
        for (String line : Files.readAllLines(app.resolve("upskill-planner.cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                command.add(line.substring("java-options=".length()).replace("$APPDIR", app.toString()));
            } else if (line.startsWith("app.classpath=")) {
                classpath = line.substring("app.classpath=".length()).replace("$APPDIR", app.toString());
            }
        }
        Path probe = Files.createDirectories(Path.of("target", "bench", "startup", "probe", "io", "upskillplanner", "ui"));
        Path compiled = Path.of(FirstFrameProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                "io", "upskillplanner", "ui");
        try (Stream<Path> classes = Files.list(compiled)) {
            for (Path c : classes.filter(c -> c.getFileName().toString().startsWith("FirstFrameProbe")).toList()) {
                Files.copy(c, probe.resolve(c.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        classpath += File.pathSeparator + Path.of("target", "bench", "startup", "probe").toAbsolutePath();
        if (!Boolean.getBoolean("bench.startup.display")) {
            command.addAll(HEADLESS);
            classpath += File.pathSeparator + Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElseThrow();
        }
        command.addAll(List.of("-cp", classpath));
        return command;
    }

    private static long[] probe(List<String> java, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(java);
        command.add(FirstFrameProbe.class.getName());
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
