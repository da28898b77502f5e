package io.upskillplanner.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The writer the crash harness kills: it saves a profile and a session note per transaction,
 * through the real store on the database thread, and prints {@code ACK <id>} only after the
 * commit returned. Arguments: data folder, H2 write delay (0 is the app's), first id.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0])).ensureExists();
        int writeDelay = Integer.parseInt(args[1]);
        long id = Long.parseLong(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.US_ASCII);
        DbExecutor executor = new DbExecutor();
        Database database = executor.submit(() -> Database.open(folder, false, writeDelay, List.of())).join();
        Store store = new Store(database);
        out.println("READY");
        while (true) {
            long current = id++;
            executor.submit(() -> store.inTransaction(tx -> {
                UUID profileId = idFor(current);
                tx.profiles().save(TrustData.profile(profileId, "crash-" + current));
                tx.profiles().saveSessionNote(TrustData.note(UUID.randomUUID(), profileId, "note " + current));
                return null;
            })).join();
            out.println("ACK " + current);
        }
    }

    static UUID idFor(long id) {
        return UUID.nameUUIDFromBytes(("crash-" + id).getBytes(StandardCharsets.US_ASCII));
    }
}
