package io.upskillplanner.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark, or those whose names start with the given arguments, and writes the
 * figures to target/bench/results.properties. Started by {@code ./mvnw -Pbench verify}.
 */
public final class AllBenchmarks {

    private AllBenchmarks() {
    }

    static List<Benchmark> all() {
        List<Benchmark> benchmarks = new ArrayList<>();
        // Each feature adds its benchmarks here.
        benchmarks.add(new StartupBenchmark());
        benchmarks.add(new CliBenchmark());
        benchmarks.add(new CrashBenchmark());
        benchmarks.add(new CatalogBenchmark());
        benchmarks.add(new DecideBenchmark());
        benchmarks.add(new RecommendBenchmark());
        benchmarks.add(new ReportBenchmark());
        benchmarks.add(new PreviewBenchmark());
        benchmarks.add(new ImportBenchmark());
        return benchmarks;
    }

    public static void main(String[] args) throws Exception {
        BenchReport report = new BenchReport(System.out);
        report.text("machine.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        report.text("machine.max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        report.text("machine.java", System.getProperty("java.version"));
        report.text("run.date", LocalDateTime.now().withNano(0).toString());
        report.text("run.jvm_args", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                .replace('\n', ' '));
        for (Benchmark benchmark : all()) {
            if (args.length == 0 || List.of(args).stream().anyMatch(benchmark.name()::startsWith)) {
                long start = System.nanoTime();
                benchmark.run(report);
                report.figure(benchmark.name() + ".wall_s", (System.nanoTime() - start) / 1e9);
            }
        }
        report.writeTo(Path.of("target", "bench", "results.properties"));
    }
}
