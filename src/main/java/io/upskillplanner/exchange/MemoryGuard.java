package io.upskillplanner.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns running out of memory while reading an import into a refusal. A little memory is held in
 * reserve and let go the moment an {@link OutOfMemoryError} arrives, so that the half-built import
 * can be dropped and the message written; nothing has been stored at that point, because planning
 * reads only.
 */
final class MemoryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);

    static final MemoryGuard SHARED = new MemoryGuard(
            (int) Math.min(16L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16));

    private final int reserveBytes;
    private byte[] reserve;

    MemoryGuard(int reserveBytes) {
        this.reserveBytes = reserveBytes;
        refill();
    }

    <T> T run(List<Path> files, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            release();
            long maxMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            LOG.warn("An import of {} file(s) ran out of memory ({} MB at most) and was refused", files.size(),
                    maxMegabytes);
            throw new InputRejectedException(ImportService.describe(files), null, ErrorText.of(
                    files.size() == 1 ? "error.import.outOfMemoryOne" : "error.import.outOfMemory", maxMegabytes));
        } finally {
            refill();
        }
    }

    boolean holdsReserve() {
        synchronized (this) {
            return reserve != null;
        }
    }

    private synchronized void release() {
        reserve = null;
    }

    private synchronized void refill() {
        if (reserve == null) {
            try {
                reserve = new byte[reserveBytes];
            } catch (OutOfMemoryError stillShort) {
                // The next import tries again; this one already has its answer.
                reserve = null;
            }
        }
    }
}
