package io.upskillplanner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps a second instance from opening the same data folder. The operating system releases the
 * lock when the process ends, so a crash never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another instance holds it. */
    public static Optional<InstanceLock> tryAcquire(DataFolder folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            // This JVM holds it already (tests open the folder twice): that is a second instance too.
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }
}
