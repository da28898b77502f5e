package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.api.ToRdfApi;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.io.error.RdfReaderException;
import com.apicatalog.rdf.io.nquad.NQuadsReader;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C JSON-LD 1.1 to-RDF tests (json-ld-to-rdf/README.md beside the cases) for the features
 * the bundled contexts and the credentials we read use, run through the same path a proof takes:
 * titanium-json-ld's expansion to RDF, then our RDFC-1.0 canonical N-Quads. The expected N-Quads
 * are canonicalized too, so blank node labels compare. Every case not run is listed in
 * left-out.csv with its reason; {@link #everyCaseIsRunOrLeftOutWithAReason} keeps that list whole.
 */
class JsonLdToRdfConformanceTest {

    private static final String SUITE = "/io/upskillplanner/exchange/badges/json-ld-to-rdf/";
    private static final String MANIFEST = "toRdf-manifest.jsonld";

    @TestFactory
    Stream<DynamicTest> everyCaseOurPathCanMeetGivesTheSuitesResult() {
        JsonNode manifest = manifest();
        String base = manifest.path("baseIri").asText();
        Map<String, String> leftOut = leftOut();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : manifest.path("sequence")) {
            if (leftOut.containsKey(entry.path("@id").asText())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(entry.path("@id").asText() + " " + entry.path("name").asText(),
                    () -> run(entry, base)));
        }
        return tests.stream();
    }

    @Test
    void everyCaseIsRunOrLeftOutWithAReason() {
        Map<String, String> leftOut = leftOut();
        List<String> ids = new ArrayList<>();
        manifest().path("sequence").forEach(entry -> ids.add(entry.path("@id").asText()));

        assertThat(ids).hasSize(467).containsAll(leftOut.keySet());
        assertThat(leftOut.values()).allSatisfy(reason -> assertThat(reason).contains(": "));
        assertThat(ids.size() - leftOut.size()).isEqualTo(280);
    }

    private static void run(JsonNode entry, String base) throws Exception {
        ToRdfApi api = JsonLd.toRdf(URI.create(base + entry.path("input").asText())).loader(new SuiteFiles(base));
        JsonNode options = entry.path("option");
        if (options.has("base")) {
            api.base(URI.create(options.path("base").asText()));
        }
        List<String> types = new ArrayList<>();
        entry.path("@type").forEach(type -> types.add(type.asText()));
        if (types.contains("jld:NegativeEvaluationTest")) {
            String expected = entry.path("expectErrorCode").asText();
            assertThatThrownBy(api::get).isInstanceOfSatisfying(JsonLdError.class,
                    error -> assertThat(error.getCode()).as(error.getMessage()).isEqualTo(codeOf(expected)));
        } else if (types.contains("jld:PositiveSyntaxTest")) {
            api.get();
        } else {
            String actual = Rdfc10.canonicalize(api.get().toList());
            String file = entry.path("expect").asText();
            assertThat(actual).isEqualTo(Rdfc10.canonicalize(parse(file)));
            String written = read(file);
            if (!written.contains("_:")) {
                // Without blank nodes the suite's own text is canonical: this checks our escaping too.
                assertThat(actual.lines().toList()).isEqualTo(written.lines().filter(line -> !line.isBlank())
                        .sorted(Rdfc10ConformanceTest.CODE_POINT_ORDER).toList());
            }
        }
    }

    /** "invalid @id value" is titanium's INVALID_KEYWORD_ID_VALUE. */
    private static JsonLdErrorCode codeOf(String suiteCode) {
        String name = suiteCode.replace("@", "keyword ").replace(' ', '_').replace('-', '_');
        return JsonLdErrorCode.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Serves the suite's files at the suite's own addresses, and nothing else, as the app serves its contexts. */
    private static final class SuiteFiles implements DocumentLoader {
        private final String base;

        SuiteFiles(String base) {
            this.base = base;
        }

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            String address = url.toString();
            InputStream in = address.startsWith(base)
                    ? JsonLdToRdfConformanceTest.class.getResourceAsStream(SUITE + address.substring(base.length()))
                    : null;
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not part of the suite: " + address);
            }
            try (in) {
                JsonDocument document = JsonDocument.of(in);
                document.setDocumentUrl(url);
                return document;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        }
    }

    private static JsonNode manifest() {
        try {
            return BadgeFixtures.MAPPER.readTree(read(MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> leftOut() {
        Map<String, String> reasons = new LinkedHashMap<>();
        read("left-out.csv").lines().filter(line -> !line.isBlank() && !line.startsWith("# ")).forEach(line -> {
            int comma = line.indexOf(',');
            reasons.put(line.substring(0, comma), line.substring(comma + 1));
        });
        return reasons;
    }

    private static List<RdfNQuad> parse(String file) {
        try (InputStream in = JsonLdToRdfConformanceTest.class.getResourceAsStream(SUITE + file)) {
            return new NQuadsReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readDataset().toList();
        } catch (IOException | RdfReaderException e) {
            throw new IllegalStateException("The suite file " + file + " cannot be read", e);
        }
    }

    private static String read(String file) {
        try (InputStream in = JsonLdToRdfConformanceTest.class.getResourceAsStream(SUITE + file)) {
            if (in == null) {
                throw new IllegalStateException("The suite file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
