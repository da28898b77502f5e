package io.upskillplanner.exchange.badges;

import java.io.StringReader;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;

/** A JSON-LD document as RDFC-1.0 canonical N-Quads: the exact bytes a Data Integrity proof signs. */
final class CanonicalNQuads {

    private CanonicalNQuads() {
    }

    static String of(String jsonLd, DocumentLoader loader) throws JsonLdError {
        RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).loader(loader).get();
        return Rdfc10.canonicalize(dataset.toList());
    }
}
