package io.upskillplanner.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCsvImporterTest {

    @TempDir
    Path dir;

    @Test
    void aCatalogCsvImportsWithMultiValuedCellsAndUpdatesOnReImport() throws Exception {
        Path file = dir.resolve("catalog.csv");
        Files.writeString(file, "\uFEFFtitle,provider,kind,currency,format,pacing,tuition,exam_fee,effort_hours,"
                + "skills,skill_uris,recognition,eqf_level,credits,credit_unit\r\n"
                + "Data Basics,\"Open Uni, Ltd\",certificate,EUR,online,self paced,100.50,20,40,"
                + "SQL | data cleaning,http://data.europa.eu/esco/skill/sql | ,Technology=4 | Business & Finance=2,"
                + "5,3,ECTS\r\n", StandardCharsets.UTF_8);
        try (Database database = Database.openH2(new DataFolder(dir.resolve("data")))) {
            Store store = new Store(database);
            ImportService service = new ImportService(store, Importers.standard());

            var plan = service.importFiles(List.of(file), ImportTarget.CATALOG_ONLY).get(0);
            service.importFiles(List.of(file), ImportTarget.CATALOG_ONLY);

            assertThat(plan.format()).isEqualTo(CatalogCsv.FORMAT_NAME);
            List<Credential> all = store.catalog().search(CatalogFilter.ALL, 10);
            assertThat(all).hasSize(1);
            Credential c = all.get(0);
            assertThat(c.providerName()).isEqualTo("Open Uni, Ltd");
            assertThat(c.costs().oneOff().amount()).isEqualByComparingTo(new BigDecimal("120.50"));
            assertThat(c.skills()).containsExactlyInAnyOrder(new SkillRef("data cleaning", null),
                    new SkillRef("SQL", "http://data.europa.eu/esco/skill/sql"));
            assertThat(c.recognition()).extracting(Recognition::industry, Recognition::level)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Technology", 4),
                            org.assertj.core.groups.Tuple.tuple("Business & Finance", 2));
            assertThat(c.eqfLevel()).isEqualTo(5);
            assertThat(c.credits().amount()).isEqualByComparingTo("3");
            assertThat(c.provenance().source()).isEqualTo("catalog.csv line 2");
        }
    }
}
