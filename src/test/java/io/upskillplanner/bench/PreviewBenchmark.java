package io.upskillplanner.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.ReportFixtures;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.report.ReportPreview;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;

/**
 * The Reports screen's preview of the demo client's report (10 A4 pages): time to load, render
 * and draw every page at {@link ReportPreview#SCALE}, and the memory the page pictures hold (the
 * screen keeps the same pixels, 4 bytes each, as JavaFX images). Run with
 * {@code ./mvnw -Pbench verify -Dbench.only=preview}.
 */
public final class PreviewBenchmark implements Benchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Override
    public String name() {
        return "preview";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        report.figure("preview.load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path dir = Files.createTempDirectory("preview-bench");
        ReportOptions options = ReportOptions.everything("Bench Counselor", ReportFixtures.TODAY).withPaper(PaperSize.A4);
        try (AppServices app = AppServices.open(new DataFolder(dir.resolve("data")))) {
            Profile client = app.store().profiles().findByName("Daniel Okafor").orElseThrow();
            long start = System.nanoTime();
            List<BufferedImage> pages = draw(app, client, options);
            report.figure("preview.a4.first_ms", millisSince(start));
            for (int i = 0; i < WARMUP; i++) {
                draw(app, client, options);
            }
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                start = System.nanoTime();
                draw(app, client, options);
                runs[i] = millisSince(start);
            }
            report.figure("preview.a4.pages", pages.size());
            report.figure("preview.a4.median_ms", BenchReport.median(runs));
            report.figure("preview.a4.per_page_median_ms", BenchReport.median(runs) / pages.size());
            long pixels = pages.stream().mapToLong(p -> (long) p.getWidth() * p.getHeight()).sum();
            report.figure("preview.a4.page_width_px", pages.get(0).getWidth());
            report.figure("preview.a4.page_height_px", pages.get(0).getHeight());
            report.figure("preview.a4.pixel_mb", pixels * 4 / 1e6);
            report.figure("preview.a4.pixel_mb_per_10_pages", pixels * 4 / 1e6 / pages.size() * 10);
            report.figure("preview.a4.heap_held_mb", heapHeldBy(app, client, options));
        }
    }

    private static List<BufferedImage> draw(AppServices app, Profile client, ReportOptions options) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        ReportPreview.render(app.store(), new ChocoPlanSolver(), client.id(), options, ReportPreview.SCALE,
                ReportMonitor.NONE, (index, count, page) -> pages.add(page));
        return pages;
    }

    /** Heap in use while a preview's pages are held, less before: what keeping a preview costs. */
    private static double heapHeldBy(AppServices app, Profile client, ReportOptions options) throws Exception {
        long before = usedAfterGc();
        List<BufferedImage> held = draw(app, client, options);
        long during = usedAfterGc();
        double mb = (during - before) / 1e6;
        if (held.isEmpty()) {
            throw new IllegalStateException("no pages");
        }
        return mb;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
