package io.upskillplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportService;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18, fourth row: 27 files of 250 MB each, every one under the per-file limit, ended in an
 * OutOfMemoryError. The sum of the sizes is now checked before any file is read. The files here
 * are sparse: they have their size but take no disk and would read as zeros, so a refusal that
 * comes in seconds shows that none was read.
 */
class ImportTotalSizeTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    static Path dir;

    private static HostileImports cli;
    private static String before;

    @BeforeAll
    static void seed() throws IOException {
        cli = new HostileImports(dir);
        before = cli.snapshot();
    }

    @Test
    void twentySevenFilesOf250MegabytesAreRefusedTogetherBeforeAnyIsRead() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            files.add(sparse("part-" + i + ".json", 250 * MB));
        }

        HostileImports.Result result = cli.importWithinTime(files.toArray(Path[]::new));

        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.err().strip()).hasSizeLessThan(HostileImports.MAX_MESSAGE_LENGTH)
                .contains("the 27 files of this import", "6750 MB together",
                        "at most " + ImportService.MAX_TOTAL_BYTES / MB + " MB")
                .doesNotContain("OutOfMemoryError", "Exception");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void filesJustOverTheTotalAreRefusedWhileEachIsWellUnderItsOwnLimit() throws IOException {
        long each = ImportService.MAX_TOTAL_BYTES / 3 + 1;
        assertThat(each).isLessThan(ImportFile.MAX_BYTES);
        Path[] files = {sparse("third-a.json", each), sparse("third-b.json", each), sparse("third-c.json", each)};

        HostileImports.Result result = cli.importWithinTime(files);

        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains("the 3 files of this import", "together", "import them in smaller groups");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void oneFileOverItsOwnLimitIsRefusedByNameBeforeTheOthersAreRead() throws IOException {
        Path small = sparse("small.json", MB);
        Path large = sparse("large.json", ImportFile.MAX_BYTES + 1);

        HostileImports.Result result = cli.importWithinTime(small, large);

        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains(large.toString(), "files over 256 MB are not imported")
                .doesNotContain(small.toString());
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    private static Path sparse(String name, long length) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }
}
