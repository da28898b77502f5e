package io.upskillplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.InstanceLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean shutdown: H2 marks its file header {@code clean:1} only when SHUTDOWN completed (a killed
 * process leaves it out), so the header tells whether the app closed properly.
 */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void closingFromManyThreadsAtOnceShutsDownOnceAndCleanly() throws Exception {
        DataFolder folder = new DataFolder(dir);
        AppServices app = AppServices.open(folder);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> closes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            closes.add(threads.submit(() -> {
                go.await();
                app.close();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> close : closes) {
            close.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        app.close();

        assertThat(header(folder)).contains("clean:1");
        try (InstanceLock again = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void sigtermLetsRunningDatabaseWorkFinishThenShutsDownCleanly() throws Exception {
        DataFolder folder = new DataFolder(dir);
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShutdownProbe.class.getName(), folder.root().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("STARTED"));
            assertThat(line).as("the probe started its transaction").isEqualTo("STARTED");

            process.destroy();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(header(folder)).contains("clean:1");
        try (AppServices reopened = AppServices.open(folder)) {
            long probes = reopened.store().profiles().list().stream().filter(p -> p.name().startsWith("probe-")).count();
            assertThat(probes).as("the transaction running at SIGTERM finished").isEqualTo(ShutdownProbe.PROFILES);
        }
    }

    /** Both copies of H2's file header, and H2's own trace of errors if it wrote one (to explain a failure). */
    private static String header(DataFolder folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        String header = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1).strip();
        Path trace = folder.root().resolve("upskill-planner.trace.db");
        return Files.exists(trace) ? header + "\nH2 trace:\n" + Files.readString(trace) : header;
    }
}
