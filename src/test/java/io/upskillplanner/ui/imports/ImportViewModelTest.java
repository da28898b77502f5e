package io.upskillplanner.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.exchange.Samples;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private ImportViewModel viewModel;
    private final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir.resolve("data")));
        store = new Store(database);
        viewModel = new ImportViewModel(new ImportService(store, Importers.standard()), TaskRunner.DIRECT,
                () -> null, reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void checkingShowsAPreviewAndWritesNothingUntilConfirmed() {
        viewModel.check(List.of(Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json"),
                Samples.file("onet/onet-basic-skills_ctdlasn.json")));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.PREVIEW);
        assertThat(viewModel.preview()).anyMatch(line -> line.contains("Credential Engine CTDL"))
                .anyMatch(line -> line.contains("Add: Certified Occupational Therapy Assistant (COTA®)"))
                .anyMatch(line -> line.contains("12 skills for the skill pickers: 12 new"));
        assertThat(store.catalog().count()).isZero();
        assertThat(store.skills().count()).isZero();

        viewModel.confirm();

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.DONE);
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.statusProperty().get()).contains("13").contains("2");
        assertThat(store.catalog().count()).isEqualTo(1);
        assertThat(store.skills().count()).isEqualTo(12);
        assertThat(reloads).hasValue(1);
    }

    @Test
    void cancellingThePreviewWritesNothing() {
        viewModel.check(List.of(Samples.file("esco/esco-v1.1.1_digCompSkillsCollection_en.csv")));

        viewModel.cancel();

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.IDLE);
        assertThat(viewModel.preview()).isEmpty();
        assertThat(store.skills().count()).isZero();
        viewModel.confirm();
        assertThat(store.skills().count()).isZero();
    }

    @Test
    void aRejectedFileIsReportedByNamePlaceAndReason() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.write(bad, "{\"format\": \"upskill-planner-plan\",\n \"formatVersion\": 1,,}".getBytes(StandardCharsets.UTF_8));

        viewModel.check(List.of(Samples.file("onet/onet-basic-skills_ctdlasn.json"), bad));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FAILED);
        ImportViewModel.Failure failure = viewModel.failureProperty().get();
        assertThat(failure.file()).isEqualTo(bad.toString());
        assertThat(failure.place()).isEqualTo("line 2, column 21");
        assertThat(failure.reason()).startsWith("is not valid JSON");
        assertThat(store.skills().count()).isZero();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aRejectedFileIsReportedInTheLanguageOfTheScreen() throws Exception {
        Path bad = dir.resolve("broken.plan.json");
        Files.write(bad, "{\"format\": \"upskill-planner-plan\", \"formatVersion\": 1, \"profile\": 5}"
                .getBytes(StandardCharsets.UTF_8));
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            viewModel.check(List.of(bad));

            ImportViewModel.Failure failure = viewModel.failureProperty().get();
            assertThat(failure.place()).isEqualTo("bei /profile");
            assertThat(failure.reason()).isEqualTo("muss ein JSON-Objekt sein, gefunden: die Zahl 5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void filesTooLargeTogetherAreReportedInTheDialogInsteadOfRunningOutOfMemory() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = dir.resolve("part-" + i + ".json");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(ImportService.MAX_TOTAL_BYTES / 3 + 1);
            }
            files.add(file);
        }

        viewModel.check(files);

        assertThat(viewModel.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FAILED);
        ImportViewModel.Failure failure = viewModel.failureProperty().get();
        assertThat(failure.file()).isEqualTo("the 3 files of this import");
        assertThat(failure.reason()).contains("together", "at most 512 MB");
        assertThat(store.catalog().count()).isZero();
    }
}
