package io.upskillplanner.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

/**
 * Whole command-line processes from cold, the way scripts run them, against a bare JVM that
 * prints one line, measured side by side: every round runs the bare JVM and then each command
 * once through each launcher, so that a busy machine slows all of them alike; figures are
 * medians over the rounds and ratios of medians. Launchers: {@code java -jar} on the shaded jar,
 * the same with the class-data archive the README describes ({@code -XX:SharedArchiveFile}), and,
 * when {@code -Pinstaller} built it, the Linux app image's launcher with its archive and without
 * ({@code -Xshare:off}: the image's runtime has no other archive). {@code -Dbench.cli.runs=N}
 * (default 5); {@code -Dbench.cli.catalog=false} leaves out the 100,000-credential catalog. CPU times
 * (user + system, from /usr/bin/time) are printed beside the wall times.
 */
public final class CliBenchmark implements Benchmark {

    private static final Path JAR = Path.of("target", "upskill-planner.jar");
    private static final Path IMAGE_LAUNCHER = Path.of("target", "installer", "upskill-planner", "bin", "upskill-planner");
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final String SEARCH = "kubernetes expert 42";

    @Override
    public String name() {
        return "cli";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int runs = Integer.getInteger("bench.cli.runs", 5);
        if (!Files.exists(JAR)) {
            report.text(name() + ".skipped", "no " + JAR + "; run with -Pbench verify, which packages it first");
            return;
        }
        // -Dbench.cli.work=NAME keeps runs side by side apart: each trains its own archive there.
        Path work = Files.createDirectories(Path.of("target", "bench", "cli", System.getProperty("bench.cli.work", "")));
        DataFolder seeded = new DataFolder(Files.createTempDirectory("upskill-cli"));
        String profile;
        String goal;
        try (AppServices app = AppServices.open(seeded)) {
            app.dailyBackupIfDue();
            Profile first = app.store().profiles().list().get(0);
            profile = first.name();
            goal = app.store().goals().listForProfile(first.id()).stream().map(Goal::title).findFirst().orElseThrow();
        }
        boolean withCatalog = !"false".equals(System.getProperty("bench.cli.catalog"));
        DataFolder catalog = withCatalog ? catalog100k(report) : null;

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = work.resolve("upskill-planner.jsa");
        Files.deleteIfExists(archive);
        // The README's java -jar variant: one training run writes the archive, later runs map it.
        exec(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", JAR.toString(), "--data-dir",
                seeded.root().toString(), "profiles"), Map.of(), work);

        Map<String, Launcher> launchers = new LinkedHashMap<>();
        launchers.put("jar", new Launcher(List.of(java, "-jar", JAR.toString()), Map.of()));
        launchers.put("jar_cds", new Launcher(List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", JAR.toString()),
                Map.of()));
        if (Files.isExecutable(IMAGE_LAUNCHER)) {
            launchers.put("image", new Launcher(List.of(IMAGE_LAUNCHER.toString()), Map.of()));
            launchers.put("image_nocds", new Launcher(List.of(IMAGE_LAUNCHER.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", "-Xshare:off")));
        } else {
            report.text(name() + ".image", "not built (./mvnw -Pinstaller -DskipTests package builds it)");
        }
        String pdf = work.resolve("report.pdf").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("version", List.of("--version"));
        commands.put("profiles", List.of("--data-dir", seeded.root().toString(), "profiles"));
        commands.put("goals", List.of("--data-dir", seeded.root().toString(), "goals", "--profile", profile));
        commands.put("compare_json", List.of("--data-dir", seeded.root().toString(), "compare", "--profile", profile,
                "--goal", goal, "--json"));
        commands.put("export_pdf", List.of("--data-dir", seeded.root().toString(), "export", "pdf", "--profile", profile,
                "--out", pdf));
        if (withCatalog) {
            commands.put("profiles_100k", List.of("--data-dir", catalog.root().toString(), "profiles"));
            commands.put("catalog_search_100k", List.of("--data-dir", catalog.root().toString(), "catalog", "--search",
                    SEARCH, "--json"));
        }

        List<String> bare = List.of(java, "-cp", System.getProperty("java.class.path").split(File.pathSeparator)[0],
                PrintLine.class.getName());
        report.figure(name() + ".load_average_at_start", loadAverage());
        Map<String, double[][]> samples = new LinkedHashMap<>();
        samples.put("bare", new double[2][runs]);
        for (int round = 0; round < runs; round++) {
            record(samples, "bare", round, exec(bare, Map.of(), work));
            for (var launcher : launchers.entrySet()) {
                for (var command : commands.entrySet()) {
                    List<String> line = new ArrayList<>(launcher.getValue().command());
                    line.addAll(command.getValue());
                    Files.deleteIfExists(Path.of(pdf));
                    record(samples, launcher.getKey() + "." + command.getKey(), round,
                            exec(line, launcher.getValue().environment(), work));
                }
            }
        }
        report.figure(name() + ".load_average_at_end", loadAverage());
        report.figure(name() + ".runs", runs);
        double bareMs = BenchReport.median(samples.get("bare")[0]);
        report.figure(name() + ".bare_jvm_ms", bareMs);
        report.figure(name() + ".bare_jvm_cpu_ms", BenchReport.median(samples.get("bare")[1]));
        for (String launcher : launchers.keySet()) {
            for (String command : commands.keySet()) {
                double[][] s = samples.get(launcher + "." + command);
                String figure = name() + "." + launcher + "." + command;
                report.figure(figure + "_ms", BenchReport.median(s[0]));
                report.figure(figure + "_cpu_ms", BenchReport.median(s[1]));
                report.figure(figure + "_ratio", BenchReport.median(s[0]) / bareMs);
            }
            if (withCatalog) {
                report.figure(name() + "." + launcher + ".catalog_search_minus_profiles_ms",
                        BenchReport.median(samples.get(launcher + ".catalog_search_100k")[0])
                                - BenchReport.median(samples.get(launcher + ".profiles_100k")[0]));
            }
        }
    }

    private record Launcher(List<String> command, Map<String, String> environment) {
    }

    private static void record(Map<String, double[][]> samples, String key, int round, double[] wallAndCpu) {
        double[][] s = samples.computeIfAbsent(key, k -> new double[2][Integer.getInteger("bench.cli.runs", 5)]);
        s[0][round] = wallAndCpu[0];
        s[1][round] = wallAndCpu[1];
    }

    /** Runs one process to its end; its wall time and, where /usr/bin/time exists, its CPU time in ms. */
    private static double[] exec(List<String> command, Map<String, String> environment, Path work) throws Exception {
        Path cpuFile = work.resolve("cpu.txt");
        List<String> line = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            line.addAll(List.of(TIME.toString(), "-o", cpuFile.toString(), "-f", "%U %S"));
        }
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + command);
        }
        double wall = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit " + process.exitValue() + ": " + command);
        }
        double cpu = -1;
        if (timed) {
            String[] parts = Files.readString(cpuFile, StandardCharsets.UTF_8).strip().split("\\s+");
            cpu = (Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1])) * 1000;
        }
        return new double[] {wall, cpu};
    }

    /** The catalog benchmark's 100,000 credentials (generated once, kept under target/bench). */
    private DataFolder catalog100k(BenchReport report) throws Exception {
        DataFolder folder = new DataFolder(Path.of("target", "bench", "catalog-100k"));
        boolean ready = false;
        if (Files.exists(folder.databaseFile())) {
            try (Database database = Database.openH2(folder)) {
                ready = new Store(database).catalog().count() == CatalogBenchmark.CREDENTIALS;
            }
        }
        if (!ready) {
            CatalogBenchmark.delete(folder.root());
            long start = System.nanoTime();
            try (Database database = Database.openH2(folder)) {
                CatalogBenchmark.generate(new Store(database));
            }
            report.figure(name() + ".generate_s", (System.nanoTime() - start) / 1e9);
        }
        // The first open through the app marks the folder as not to be seeded; the measured ones are ordinary.
        try (AppServices app = AppServices.open(folder)) {
            app.dailyBackupIfDue();
        }
        return folder;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
