package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.domain.InputRejectedException;

import org.junit.jupiter.api.Test;

class MemoryGuardTest {

    @Test
    void runningOutOfMemoryBecomesARefusalNamingTheFilesAndTheReserveIsRefilled() {
        MemoryGuard guard = new MemoryGuard(1024 * 1024);
        List<Path> files = List.of(Path.of("a.json"), Path.of("b.json"));

        Throwable thrown = catchThrowable(() -> guard.run(files, () -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertThat(thrown).isInstanceOf(InputRejectedException.class).hasNoCause();
        InputRejectedException e = (InputRejectedException) thrown;
        assertThat(e.source()).isEqualTo("the 2 files of this import");
        assertThat(e.reason()).startsWith("need more memory to read than this app has (")
                .contains("nothing was imported");
        assertThat(guard.holdsReserve()).as("ready for the next import").isTrue();
    }

    @Test
    void otherFailuresAndResultsPassThroughUnchanged() {
        MemoryGuard guard = new MemoryGuard(1024);

        assertThat(guard.run(List.of(Path.of("a.json")), () -> "planned")).isEqualTo("planned");
        IllegalStateException failure = new IllegalStateException("not memory");
        assertThat(catchThrowable(() -> guard.run(List.of(Path.of("a.json")), () -> {
            throw failure;
        }))).isSameAs(failure);
    }
}
