package io.upskillplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import io.upskillplanner.store.CrashHarness;

/**
 * 200 SIGKILLs of a writer process with the app's settings: counts acknowledged writes, lost ones
 * and databases that fail to open (goal: 0 and 0). A control run with H2's default write delay
 * (500 ms) shows that the harness does see lost commits when they can happen.
 * {@code -Dbench.crash.kills=N} and {@code -Dbench.crash.controlKills=N} change the counts.
 */
public final class CrashBenchmark implements Benchmark {

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int kills = Integer.getInteger("bench.crash.kills", 200);
        int controlKills = Integer.getInteger("bench.crash.controlKills", 20);
        report(report, "crash", runHarness(0, kills));
        report(report, "crash.control_write_delay_500ms", runHarness(500, controlKills));
    }

    private static CrashHarness.Result runHarness(int writeDelay, int kills) throws Exception {
        Path dir = Files.createTempDirectory("upskill-crash");
        return new CrashHarness(dir, writeDelay, 42 + writeDelay, System.err).run(kills);
    }

    private static void report(BenchReport report, String prefix, CrashHarness.Result result) {
        report.figure(prefix + ".kills", result.kills());
        report.figure(prefix + ".acknowledged_writes", result.acknowledged());
        report.figure(prefix + ".lost_writes", result.lost());
        report.figure(prefix + ".failed_opens", result.failedOpens());
        report.figure(prefix + ".file_mb", result.fileBytes() / (1024.0 * 1024.0));
    }

    public static void main(String[] args) throws Exception {
        new CrashBenchmark().run(new BenchReport(System.out));
    }
}
