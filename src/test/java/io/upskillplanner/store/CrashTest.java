package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ten SIGKILLs of a writer process: every acknowledged commit survives and the database always opens. */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesTenKills() throws Exception {
        CrashHarness.Result result = new CrashHarness(dir, 0, System.nanoTime(), System.err).run(10);

        assertThat(result.failedOpens()).isZero();
        assertThat(result.acknowledged()).as("the writer got to write between kills").isPositive();
        assertThat(result.lost()).isZero();
    }
}
