package io.upskillplanner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.TrustData;

/**
 * Opens the app's services, starts one long transaction on the database thread and prints
 * STARTED inside it; ShutdownTest sends SIGTERM then. It never closes anything itself.
 */
public final class ShutdownProbe {

    static final int PROFILES = 300;

    private ShutdownProbe() {
    }

    public static void main(String[] args) throws Exception {
        AppServices app = AppServices.open(new DataFolder(Path.of(args[0])));
        app.dbExecutor().submit(() -> app.store().inTransaction(tx -> {
            System.out.println("STARTED");
            System.out.flush();
            for (int i = 0; i < PROFILES; i++) {
                tx.profiles().save(TrustData.profile(UUID.nameUUIDFromBytes(("probe-" + i).getBytes(StandardCharsets.US_ASCII)),
                        "probe-" + i));
                sleepQuietly(5);
            }
            return null;
        }));
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
