package io.upskillplanner.exchange.badges;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.apicatalog.rdf.RdfLiteral;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;

/**
 * RDF Dataset Canonicalization (W3C RDFC-1.0), written out as canonical N-Quads. Our own rather than
 * titanium-rdfc 1.0.0, which hashes blank nodes over a quad serialization that is not canonical
 * N-Quads, so datasets with several blank nodes got other labels than every other implementation.
 * The W3C rdf-canon suite is its test ({@code Rdfc10ConformanceTest}).
 */
final class Rdfc10 {

    /** Hostile datasets (cliques of blank nodes) make the N-degree step explode; badges never need more. */
    static final int DEFAULT_MAX_WORK = 50_000;

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final Comparator<String> CODE_POINT_ORDER = Rdfc10::compareCodePoints;

    private enum Kind { IRI, BLANK, LITERAL }

    private record Term(Kind kind, String value, String datatype, String language) {
    }

    private record Quad(Term subject, Term predicate, Term object, Term graph) {

        List<Term> blankPositions() {
            List<Term> terms = new ArrayList<>(3);
            for (Term term : new Term[] {subject, object, graph}) {
                if (term != null && term.kind() == Kind.BLANK) {
                    terms.add(term);
                }
            }
            return terms;
        }
    }

    /** Issues identifiers with a prefix and a counter, remembering the order of issue. */
    private static final class Issuer {
        private final String prefix;
        private final LinkedHashMap<String, String> issued;

        Issuer(String prefix) {
            this(prefix, new LinkedHashMap<>());
        }

        private Issuer(String prefix, LinkedHashMap<String, String> issued) {
            this.prefix = prefix;
            this.issued = issued;
        }

        String issue(String existing) {
            return issued.computeIfAbsent(existing, e -> prefix + issued.size());
        }

        boolean has(String existing) {
            return issued.containsKey(existing);
        }

        String get(String existing) {
            return issued.get(existing);
        }

        Issuer copy() {
            return new Issuer(prefix, new LinkedHashMap<>(issued));
        }
    }

    private record Result(String hash, Issuer issuer) {
    }

    /** The dataset has too many interlinked blank nodes to canonicalize in reasonable time. */
    static final class TooComplexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplexException(int steps) {
            super("the signed data links its blank nodes so densely that canonicalizing it needs more than "
                    + steps + " steps; it is refused as a likely denial-of-service input");
        }
    }

    private final String hashAlgorithm;
    private final int maxWork;
    private final Map<String, List<Quad>> quadsOf = new LinkedHashMap<>();
    private final Map<String, String> firstDegreeHashes = new HashMap<>();
    private final Issuer canonical = new Issuer("c14n");
    private final List<Quad> quads;
    private int work;

    private Rdfc10(List<Quad> quads, String hashAlgorithm, int maxWork) {
        this.quads = quads;
        this.hashAlgorithm = hashAlgorithm;
        this.maxWork = maxWork;
    }

    /** The canonical N-Quads document of these quads, with SHA-256. */
    static String canonicalize(Collection<RdfNQuad> dataset) {
        return canonicalize(dataset, "SHA-256", DEFAULT_MAX_WORK);
    }

    static String canonicalize(Collection<RdfNQuad> dataset, String hashAlgorithm, int maxWork) {
        // A dataset is a set: a quad stated twice counts once, in hashing as in the output.
        Set<Quad> quads = new LinkedHashSet<>();
        for (RdfNQuad quad : dataset) {
            quads.add(new Quad(term(quad.getSubject()), term(quad.getPredicate()), term(quad.getObject()),
                    quad.getGraphName().map(Rdfc10::term).orElse(null)));
        }
        return new Rdfc10(List.copyOf(quads), hashAlgorithm, maxWork).run();
    }

    private String run() {
        for (Quad quad : quads) {
            for (Term blank : quad.blankPositions()) {
                List<Quad> list = quadsOf.computeIfAbsent(blank.value(), b -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != quad) {
                    list.add(quad);
                }
            }
        }
        TreeMap<String, List<String>> hashToBlanks = new TreeMap<>(CODE_POINT_ORDER);
        for (String blank : quadsOf.keySet()) {
            hashToBlanks.computeIfAbsent(hashFirstDegree(blank), h -> new ArrayList<>()).add(blank);
        }
        for (Map.Entry<String, List<String>> entry : hashToBlanks.entrySet()) {
            if (entry.getValue().size() == 1) {
                canonical.issue(entry.getValue().get(0));
            }
        }
        for (Map.Entry<String, List<String>> entry : hashToBlanks.entrySet()) {
            if (entry.getValue().size() == 1) {
                continue;
            }
            List<Result> results = new ArrayList<>();
            for (String blank : entry.getValue()) {
                if (canonical.has(blank)) {
                    continue;
                }
                Issuer temporary = new Issuer("b");
                temporary.issue(blank);
                results.add(hashNDegree(blank, temporary));
            }
            results.sort(Comparator.comparing(Result::hash, CODE_POINT_ORDER));
            for (Result result : results) {
                result.issuer().issued.keySet().forEach(canonical::issue);
            }
        }
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            lines.add(line(quad, blank -> canonical.get(blank)));
        }
        lines.sort(CODE_POINT_ORDER);
        return String.join("", lines);
    }

    private String hashFirstDegree(String reference) {
        String cached = firstDegreeHashes.get(reference);
        if (cached != null) {
            return cached;
        }
        List<String> lines = new ArrayList<>();
        for (Quad quad : quadsOf.get(reference)) {
            lines.add(line(quad, blank -> blank.equals(reference) ? "a" : "z"));
        }
        lines.sort(CODE_POINT_ORDER);
        String hash = hash(String.join("", lines));
        firstDegreeHashes.put(reference, hash);
        return hash;
    }

    private String hashRelated(String related, Quad quad, Issuer issuer, char position) {
        StringBuilder input = new StringBuilder().append(position);
        if (position != 'g') {
            input.append('<').append(quad.predicate().value()).append('>');
        }
        if (canonical.has(related)) {
            input.append("_:").append(canonical.get(related));
        } else if (issuer.has(related)) {
            input.append("_:").append(issuer.get(related));
        } else {
            input.append(hashFirstDegree(related));
        }
        return hash(input.toString());
    }

    private Result hashNDegree(String identifier, Issuer issuer) {
        if (++work > maxWork) {
            throw new TooComplexException(maxWork);
        }
        TreeMap<String, List<String>> relatedByHash = new TreeMap<>(CODE_POINT_ORDER);
        for (Quad quad : quadsOf.get(identifier)) {
            relate(identifier, quad, quad.subject(), 's', issuer, relatedByHash);
            relate(identifier, quad, quad.object(), 'o', issuer, relatedByHash);
            relate(identifier, quad, quad.graph(), 'g', issuer, relatedByHash);
        }
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : relatedByHash.entrySet()) {
            data.append(entry.getKey());
            String chosenPath = "";
            Issuer chosenIssuer = null;
            for (List<String> permutation : permutations(entry.getValue())) {
                Issuer copy = issuer.copy();
                StringBuilder path = new StringBuilder();
                List<String> recursion = new ArrayList<>();
                boolean skip = false;
                for (String related : permutation) {
                    if (canonical.has(related)) {
                        path.append("_:").append(canonical.get(related));
                    } else {
                        if (!copy.has(related)) {
                            recursion.add(related);
                        }
                        path.append("_:").append(copy.issue(related));
                    }
                    if (worse(path, chosenPath)) {
                        skip = true;
                        break;
                    }
                }
                if (skip) {
                    continue;
                }
                for (String related : recursion) {
                    Result result = hashNDegree(related, copy);
                    path.append("_:").append(copy.issue(related));
                    path.append('<').append(result.hash()).append('>');
                    copy = result.issuer();
                    if (worse(path, chosenPath)) {
                        skip = true;
                        break;
                    }
                }
                if (skip) {
                    continue;
                }
                if (chosenPath.isEmpty() || compareCodePoints(path.toString(), chosenPath) < 0) {
                    chosenPath = path.toString();
                    chosenIssuer = copy;
                }
            }
            data.append(chosenPath);
            issuer = chosenIssuer;
        }
        return new Result(hash(data.toString()), issuer);
    }

    private static boolean worse(StringBuilder path, String chosenPath) {
        return !chosenPath.isEmpty() && path.length() >= chosenPath.length()
                && compareCodePoints(path.toString(), chosenPath) > 0;
    }

    private void relate(String identifier, Quad quad, Term term, char position, Issuer issuer,
            Map<String, List<String>> relatedByHash) {
        if (term == null || term.kind() != Kind.BLANK || term.value().equals(identifier)) {
            return;
        }
        relatedByHash.computeIfAbsent(hashRelated(term.value(), quad, issuer, position), h -> new ArrayList<>())
                .add(term.value());
    }

    private List<List<String>> permutations(List<String> items) {
        List<List<String>> all = new ArrayList<>();
        permute(new ArrayList<>(items), 0, all);
        return all;
    }

    private void permute(List<String> items, int from, List<List<String>> out) {
        if (++work > maxWork) {
            throw new TooComplexException(maxWork);
        }
        if (from >= items.size() - 1) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, out);
            Collections.swap(items, from, i);
        }
    }

    private String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance(hashAlgorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hashAlgorithm + " is part of every JDK", e);
        }
    }

    private interface BlankLabels {
        String label(String blank);
    }

    private static String line(Quad quad, BlankLabels labels) {
        StringBuilder line = new StringBuilder();
        write(line, quad.subject(), labels);
        line.append(' ');
        write(line, quad.predicate(), labels);
        line.append(' ');
        write(line, quad.object(), labels);
        line.append(' ');
        if (quad.graph() != null) {
            write(line, quad.graph(), labels);
            line.append(' ');
        }
        return line.append(".\n").toString();
    }

    private static void write(StringBuilder out, Term term, BlankLabels labels) {
        switch (term.kind()) {
            case IRI -> out.append('<').append(term.value()).append('>');
            case BLANK -> out.append("_:").append(labels.label(term.value()));
            case LITERAL -> {
                out.append('"');
                escape(out, term.value());
                out.append('"');
                if (term.language() != null) {
                    out.append('@').append(term.language());
                } else if (term.datatype() != null && !XSD_STRING.equals(term.datatype())) {
                    out.append("^^<").append(term.datatype()).append('>');
                }
            }
            default -> throw new IllegalStateException(term.kind().name());
        }
    }

    /** The escaping of canonical N-Quads (RDFC-1.0, section 4.8 / RDF 1.2 N-Quads canonical form). */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c <= 0x1f || c == 0x7f || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static Term term(RdfValue value) {
        if (value.isLiteral()) {
            RdfLiteral literal = value.asLiteral();
            return new Term(Kind.LITERAL, literal.getValue(), literal.getDatatype(),
                    literal.getLanguage().orElse(null));
        }
        if (value.isBlankNode()) {
            String id = value.getValue();
            return new Term(Kind.BLANK, id.startsWith("_:") ? id.substring(2) : id, null, null);
        }
        return new Term(Kind.IRI, value.getValue(), null, null);
    }

    /** Unicode code point order; String.compareTo orders by UTF-16 units, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
