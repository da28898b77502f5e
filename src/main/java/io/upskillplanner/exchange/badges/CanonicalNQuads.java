package io.upskillplanner.exchange.badges;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfLiteral;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import com.apicatalog.rdf.canon.RdfCanonicalizer;

/** A JSON-LD document as RDFC-1.0 canonical N-Quads: the exact bytes a Data Integrity proof signs. */
final class CanonicalNQuads {

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    private CanonicalNQuads() {
    }

    static String of(String jsonLd, DocumentLoader loader) throws JsonLdError {
        RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).loader(loader).get();
        Collection<RdfNQuad> canonical = RdfCanonicalizer.canonicalize(dataset.toList());
        List<String> lines = canonical.stream().map(CanonicalNQuads::line).sorted().toList();
        return String.join("", lines);
    }

    static String line(RdfNQuad quad) {
        StringBuilder line = new StringBuilder();
        term(line, quad.getSubject());
        line.append(' ');
        term(line, quad.getPredicate());
        line.append(' ');
        term(line, quad.getObject());
        line.append(' ');
        quad.getGraphName().ifPresent(graph -> {
            term(line, graph);
            line.append(' ');
        });
        return line.append(".\n").toString();
    }

    private static void term(StringBuilder out, RdfValue value) {
        if (value.isLiteral()) {
            RdfLiteral literal = value.asLiteral();
            out.append('"');
            escape(out, literal.getValue());
            out.append('"');
            if (literal.getLanguage().isPresent()) {
                out.append('@').append(literal.getLanguage().get());
            } else if (literal.getDatatype() != null && !XSD_STRING.equals(literal.getDatatype())
                    && !RDF_LANG_STRING.equals(literal.getDatatype())) {
                out.append("^^<").append(literal.getDatatype()).append('>');
            }
        } else if (value.isBlankNode()) {
            String id = value.getValue();
            out.append(id.startsWith("_:") ? id : "_:" + id);
        } else {
            out.append('<').append(value.getValue()).append('>');
        }
    }

    /** Canonical N-Quads escape only these four characters; everything else is written as is. */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
