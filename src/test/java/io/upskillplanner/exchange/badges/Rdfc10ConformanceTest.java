package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.io.error.RdfReaderException;
import com.apicatalog.rdf.io.nquad.NQuadsReader;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C RDF Dataset Canonicalization test suite (rdf-canon, RDFC10 manifest; see rdf-canon/README.md
 * beside the cases): every evaluation case and the negative (poison) case, each reported on its own.
 * The map tests check an API we do not have (the canonical issuer map) and are left out.
 */
class Rdfc10ConformanceTest {

    private static final String SUITE = "/io/upskillplanner/exchange/badges/rdf-canon/";

    /** The order canonical N-Quads lines are sorted in: Unicode code points, not UTF-16 units. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    @TestFactory
    Stream<DynamicTest> everyEvaluationCaseOfTheSuiteCanonicalizesToTheExpectedNQuads() {
        return entries("rdfc:RDFC10EvalTest").stream().map(entry -> DynamicTest.dynamicTest(
                entry.path("id").asText() + " " + entry.path("name").asText(), () -> {
                    String expected = read(entry.path("result").asText());
                    String actual = Rdfc10.canonicalize(parse(entry.path("action").asText()),
                            hashAlgorithm(entry), Rdfc10.DEFAULT_MAX_WORK);
                    assertThat(actual).isEqualTo(expected);
                }));
    }

    @Test
    void thePoisonCliqueIsRefusedInsteadOfRunningForHours() {
        JsonNode poison = entries("rdfc:RDFC10NegativeEvalTest").get(0);
        List<RdfNQuad> dataset = parse(poison.path("action").asText());

        assertThatThrownBy(() -> Rdfc10.canonicalize(dataset))
                .isInstanceOf(Rdfc10.TooComplexException.class)
                .hasMessageContaining("denial-of-service");
    }

    @Test
    void theSuiteIsCompleteSoNoCaseIsSilentlySkipped() {
        assertThat(entries("rdfc:RDFC10EvalTest")).hasSize(64);
        assertThat(entries("rdfc:RDFC10NegativeEvalTest")).hasSize(1);
    }

    private static String hashAlgorithm(JsonNode entry) {
        String algorithm = entry.path("hashAlgorithm").asText("SHA256");
        return algorithm.replace("SHA", "SHA-");
    }

    private static List<JsonNode> entries(String type) {
        List<JsonNode> found = new ArrayList<>();
        try {
            JsonNode manifest = BadgeFixtures.MAPPER.readTree(read("manifest.jsonld"));
            manifest.path("entries").forEach(entry -> {
                if (type.equals(entry.path("type").asText())) {
                    found.add(entry);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<RdfNQuad> parse(String file) {
        try (InputStream in = Rdfc10ConformanceTest.class.getResourceAsStream(SUITE + file)) {
            return new NQuadsReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readDataset().toList();
        } catch (IOException | RdfReaderException e) {
            throw new IllegalStateException("The suite file " + file + " cannot be read", e);
        }
    }

    private static String read(String file) {
        try (InputStream in = Rdfc10ConformanceTest.class.getResourceAsStream(SUITE + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
