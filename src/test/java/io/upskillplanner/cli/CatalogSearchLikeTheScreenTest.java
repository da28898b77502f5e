package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.store.CatalogIndex;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code catalog --search} finds what the catalog screen's index finds, in the same order, on a
 * generated catalog with many equal titles (ties are ordered by id, where Java and SQL differ).
 */
class CatalogSearchLikeTheScreenTest {

    private static final String[] TOPICS = {"Cloud", "AWS Cloud", "Security", "Kubernetes", "Nursing", "Data_Analytics",
        "Project 100% Management", "Welding"};
    private static final String[] LEVELS = {"Practitioner", "Associate", "Professional", "Foundations"};

    @TempDir
    static Path dir;

    private static CatalogIndex screenIndex;
    private static Map<UUID, String> titles;

    @BeforeAll
    static void generateCatalog() {
        Random random = new Random(17);
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            List<Provider> providers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                providers.add(store.catalog().saveProvider(
                        Provider.create((i % 2 == 0 ? "Acme Academy " : "Globex Labs ") + i, ProviderType.values()[i % 7])));
            }
            List<Credential> credentials = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                Provider provider = providers.get(random.nextInt(providers.size()));
                // Few distinct titles, in varying case: most titles are shared by a dozen credentials.
                String title = TOPICS[random.nextInt(TOPICS.length)] + " " + LEVELS[random.nextInt(LEVELS.length)] + " "
                        + random.nextInt(30);
                if (random.nextBoolean()) {
                    title = title.toUpperCase();
                }
                credentials.add(new Credential(UUID.randomUUID(), title, provider.id(), provider.name(),
                        CredentialKind.CERTIFICATE, null,
                        new CostParts(BigDecimal.valueOf(random.nextInt(900)), BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO, null, "EUR"),
                        10 + random.nextInt(200), null, DeliveryFormat.ONLINE, Pacing.SELF_PACED,
                        new Quality(null, null, 3, 3), null, BadgeStandard.NONE, null, null, null, null,
                        new Provenance("generated", LocalDate.of(2026, 1, 1)), Origin.IMPORT, "gen-" + i,
                        List.of(SkillRef.of(TOPICS[random.nextInt(TOPICS.length)].toLowerCase() + " operations")),
                        List.of(new Recognition("Technology", random.nextInt(6), "generated")), 0));
            }
            store.catalog().insertAll(credentials);
            screenIndex = store.catalog().loadIndex();
            titles = store.catalog().findAll(credentials.stream().map(Credential::id).toList()).stream()
                    .collect(Collectors.toMap(Credential::id, Credential::title));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloud", "aws cloud", "CLOUD practitioner 7", "pract", "acme", "globex labs 3",
        "kubernetes operations", "100%", "data_", "security  associate", "nothing like this"})
    void findsWhatTheScreensIndexFindsInTheSameOrder(String search) throws IOException {
        List<UUID> screen = Arrays.asList(screenIndex.query(CatalogQuery.ALL.withText(search)));

        List<UUID> cli = cliSearch(search);

        assertThat(cli).hasSameSizeAs(screen).containsExactlyElementsOf(screen);
    }

    @Test
    void theGeneratedCatalogHasTheTiesThatOrderingCanGetWrong() throws IOException {
        List<UUID> hits = cliSearch("cloud practitioner 7");
        Map<String, Long> perTitle = hits.stream().collect(Collectors.groupingBy(id -> titles.get(id).toLowerCase(),
                Collectors.counting()));

        assertThat(hits).hasSizeGreaterThan(10);
        assertThat(perTitle.values()).anyMatch(count -> count > 1);
        assertThat(hits.stream().map(titles::get).map(String::toLowerCase).toList()).isSorted();
    }

    private static List<UUID> cliSearch(String search) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "--data-dir", dir.toString(), "catalog", "--search", search, "--json");
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        List<UUID> ids = new ArrayList<>();
        for (JsonNode credential : new ObjectMapper().readTree(out.toString())) {
            ids.add(UUID.fromString(credential.path("id").asText()));
        }
        return ids;
    }
}
