package io.upskillplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link CrashWriter} in its own JVM, kills it with SIGKILL at a random moment (mostly while
 * it writes, sometimes while it starts and recovers the file), reopens the database and checks that
 * every write the writer acknowledged is there. Used by CrashTest (short) and the crash benchmark (long).
 */
public final class CrashHarness {

    /** What the kills showed. */
    public record Result(int kills, long acknowledged, long lost, int failedOpens, long fileBytes) {
    }

    private final Path dir;
    private final int writeDelay;
    private final Random random;
    private final PrintStream log;

    public CrashHarness(Path dir, int writeDelay, long seed, PrintStream log) {
        this.dir = dir;
        this.writeDelay = writeDelay;
        this.random = new Random(seed);
        this.log = log;
    }

    public Result run(int kills) throws Exception {
        DataFolder folder = new DataFolder(dir).ensureExists();
        // The first start (schema creation) is not what is tested: a killed first start is a new install.
        Database.openH2(folder).close();
        long nextId = 1;
        long acknowledged = 0;
        long lost = 0;
        int failedOpens = 0;
        for (int kill = 1; kill <= kills; kill++) {
            Set<Long> acked = runAndKill(folder, nextId, kill % 5 == 0);
            acknowledged += acked.size();
            Database database;
            try {
                database = Database.openH2(folder);
            } catch (RuntimeException e) {
                failedOpens++;
                log.println("crash: kill " + kill + ": the database does not open: " + e.getMessage());
                break;
            }
            try (database) {
                Set<Long> present = presentIds(new Store(database));
                long missing = acked.stream().filter(id -> !present.contains(id)).count();
                lost += missing;
                if (missing > 0) {
                    log.println("crash: kill " + kill + ": " + missing + " of " + acked.size() + " acknowledged writes lost");
                }
                nextId = Math.max(nextId, present.stream().mapToLong(Long::longValue).max().orElse(0) + 1);
                nextId = Math.max(nextId, acked.stream().mapToLong(Long::longValue).max().orElse(0) + 1);
            }
        }
        return new Result(kills, acknowledged, lost, failedOpens, Files.size(folder.databaseFile()));
    }

    private Set<Long> runAndKill(DataFolder folder, long firstId, boolean duringStartup) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                folder.root().toString(), Integer.toString(writeDelay), Long.toString(firstId)));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("writer-stderr.log").toFile()))
                .start();
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(process, acked, ready), "crash-reader");
        reader.start();
        try {
            if (duringStartup) {
                Thread.sleep(200 + random.nextInt(1200));
            } else {
                if (!ready.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The writer did not write; see " + dir.resolve("writer-stderr.log"));
                }
                Thread.sleep(20 + random.nextInt(400));
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        return new HashSet<>(acked);
    }

    private static void read(Process process, Set<Long> acked, CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4).strip()));
                    // Killing starts once writes flow: the first one in a cold JVM takes a second.
                    ready.countDown();
                }
            }
        } catch (IOException | NumberFormatException e) {
            // A line cut by the kill is not an acknowledgement.
        }
    }

    private static Set<Long> presentIds(Store store) {
        Set<Long> ids = new HashSet<>();
        store.profiles().list().stream().filter(p -> p.name().startsWith("crash-")).forEach(p -> {
            long id = Long.parseLong(p.name().substring("crash-".length()));
            if (store.profiles().sessionNotes(p.id()).stream().anyMatch(n -> n.text().equals("note " + id))) {
                ids.add(id);
            }
        });
        return ids;
    }
}
