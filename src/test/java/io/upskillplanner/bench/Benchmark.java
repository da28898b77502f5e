package io.upskillplanner.bench;

/**
 * One benchmark: it measures and reports figures, it never passes or fails on timing. Run them
 * all with {@code ./mvnw -Pbench verify} (see the README).
 */
public interface Benchmark {

    /** A short dotted name that prefixes every figure, e.g. {@code catalog.100k}. */
    String name();

    void run(BenchReport report) throws Exception;
}
