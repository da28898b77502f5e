package io.upskillplanner.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportContent;
import io.upskillplanner.report.ReportFixtures;
import io.upskillplanner.report.ReportLoader;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;

/**
 * The PDF report of a profile with 5 goals of 10 candidates each: render time in a warm JVM
 * (target under 500 ms) and the whole {@code export pdf} command from a cold JVM (target under
 * 3 s). Part of {@code ./mvnw -Pbench verify}.
 */
public final class ReportBenchmark implements Benchmark {

    private static final String PROFILE = "Bench Client";
    private static final int WARMUP = 15;
    private static final int RUNS = 25;
    private static final int CLI_RUNS = 5;

    @Override
    public String name() {
        return "report";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        // Wall times stretch when other processes share the cores; the load says how much.
        report.figure("report.load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("report-bench");
        DataFolder folder = new DataFolder(dir.resolve("data"));
        ReportOptions options = ReportOptions.everything("Bench Counselor", ReportFixtures.TODAY);
        try (AppServices app = AppServices.open(folder)) {
            Profile profile = ReportFixtures.profileWithGoals(app.store(), PROFILE, 5, 10);
            ReportLoader loader = new ReportLoader(app.store(), new ChocoPlanSolver());

            long start = System.nanoTime();
            ReportContent content = loader.load(profile.id(), options, ReportMonitor.NONE);
            report.figure("report.5x10.first_load_ms", millisSince(start));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            start = System.nanoTime();
            PlanReport.render(content, options, pdf, ReportMonitor.NONE);
            report.figure("report.5x10.first_render_ms", millisSince(start));

            for (int i = 0; i < WARMUP; i++) {
                pdf.reset();
                PlanReport.render(content, options, pdf, ReportMonitor.NONE);
            }
            double[] render = new double[RUNS];
            double[] renderCpu = new double[RUNS];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < RUNS; i++) {
                pdf.reset();
                long cpu = threads.getCurrentThreadCpuTime();
                start = System.nanoTime();
                PlanReport.render(content, options, pdf, ReportMonitor.NONE);
                render[i] = millisSince(start);
                renderCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000.0;
            }
            report.figure("report.5x10.render_runs", RUNS);
            report.figure("report.5x10.render_median_ms", BenchReport.median(render));
            report.figure("report.5x10.render_p95_ms", BenchReport.percentile(render, 95));
            // CPU time of the rendering thread: what the render costs when other work shares the cores.
            report.figure("report.5x10.render_cpu_median_ms", BenchReport.median(renderCpu));
            report.figure("report.5x10.bytes", pdf.size());

            double[] export = new double[RUNS];
            Path out = dir.resolve("warm.pdf");
            for (int i = 0; i < RUNS; i++) {
                start = System.nanoTime();
                PlanReport.export(app.store(), new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
                export[i] = millisSince(start);
            }
            report.figure("report.5x10.export_median_ms", BenchReport.median(export));
        }
        cli(report, dir, folder);
    }

    /** The command as a user runs it: a new JVM that opens the database, renders and writes the file. */
    private static void cli(BenchReport report, Path dir, DataFolder folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("cli.pdf");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "io.upskillplanner.Main",
                "--data-dir", folder.root().toString(), "export", "pdf", "--profile", PROFILE, "--out", out.toString());
        // GNU time, where there is one, adds the CPU time the whole JVM used (all its threads).
        Path gnuTime = Path.of("/usr/bin/time");
        boolean withCpu = Files.isExecutable(gnuTime);
        Path cpuFile = dir.resolve("cpu.txt");
        List<String> timed = new ArrayList<>();
        if (withCpu) {
            timed.addAll(List.of(gnuTime.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        }
        timed.addAll(command);
        double[] wall = new double[CLI_RUNS];
        double[] cpu = new double[CLI_RUNS];
        for (int i = 0; i < CLI_RUNS; i++) {
            Files.deleteIfExists(out);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("export pdf did not finish within 60 s");
            }
            wall[i] = millisSince(start);
            if (process.exitValue() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("export pdf failed with exit code " + process.exitValue());
            }
            if (withCpu) {
                String[] userSys = Files.readString(cpuFile).strip().split("\\s+");
                cpu[i] = (Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1])) * 1000;
            }
        }
        report.figure("report.cli_cold.runs", CLI_RUNS);
        report.figure("report.cli_cold.median_ms", BenchReport.median(wall));
        report.figure("report.cli_cold.min_ms", BenchReport.percentile(wall, 0));
        if (withCpu) {
            report.figure("report.cli_cold.cpu_median_ms", BenchReport.median(cpu));
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
