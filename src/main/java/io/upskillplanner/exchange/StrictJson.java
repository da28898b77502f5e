package io.upskillplanner.exchange;

import java.io.IOException;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one reader of imported JSON, for every importer (plan, CTDL, ELM, ESCO/O*NET, badges). It
 * parses strictly and within one set of limits, so that a hostile or broken file is rejected with
 * its line and column instead of exhausting memory or stack: strict RFC 8259 (no comments, no
 * trailing commas, no NaN, no duplicate keys), no half characters (unpaired surrogates), nesting
 * at most {@value #MAX_NESTING_DEPTH} deep, strings at most {@value #MAX_STRING_LENGTH}
 * characters, documents at most {@value #MAX_DOCUMENT_LENGTH} bytes. Values are read through
 * {@link JsonAt}, which names the JSON pointer of whatever it refuses.
 */
public final class StrictJson {

    /** Real credentials nest a dozen levels, plan files six; far deeper input is an attack or a broken file. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Room for the base64 logos that European Digital Credentials embed. */
    public static final int MAX_STRING_LENGTH = 20_000_000;
    public static final long MAX_DOCUMENT_LENGTH = 200_000_000L;
    /** No field takes a number of more digits (see {@link BoundedNumbers}); longer ones are refused while parsing. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Jackson's messages quote up to 256 characters of the input; ours keep to a short excerpt. */
    private static final int MAX_REASON = 200;

    /** Parse errors quote at most an excerpt of the offending token and none of the raw content. */
    public static final ErrorReportConfiguration SHORT_ERRORS = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(Excerpt.MAX_CHARS).maxRawContentLength(0).build();

    private static final ObjectMapper MAPPER = mapper(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build());

    private StrictJson() {
    }

    static ObjectMapper mapper(StreamReadConstraints constraints) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .errorReportConfiguration(SHORT_ERRORS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** The mapper every importer reads with, for binding a checked tree to records. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The file's JSON tree; malformed input is rejected naming the file, line and column. */
    public static JsonNode parse(ImportFile file) {
        return parse(file.name(), file.text(), null, MAPPER);
    }

    static JsonNode parse(ImportFile file, ObjectMapper mapper) {
        return parse(file.name(), file.text(), null, mapper);
    }

    /**
     * JSON found inside a file (a JWT's payload, a PNG's text chunk): {@code where} names that part
     * of the file {@code source}, or is null for the whole file.
     */
    public static JsonNode parse(String source, String text, ErrorText where) {
        return parse(source, text, where, MAPPER);
    }

    /** Like {@link #parse(String, String, ErrorText)}, for a document that must be an object. */
    public static JsonAt parseObject(String source, String text, ErrorText where) {
        JsonNode node = parse(source, text, where);
        if (!node.isObject()) {
            throw new InputRejectedException(source, where, ErrorText.of("error.json.documentNotObject",
                    JsonAt.describe(node)));
        }
        return new JsonAt(source, "", node);
    }

    private static JsonNode parse(String source, String content, ErrorText where, ObjectMapper mapper) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(text);
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InputRejectedException(source, join(where, ErrorText.of("error.place.line", 1, 1)),
                        ErrorText.of("error.json.empty"));
            }
            WellFormedText.Problem problem = WellFormedText.firstProblem(root);
            if (problem != null) {
                throw new InputRejectedException(source, join(where, JsonAt.at(problem.pointer())), problem.text());
            }
            return root;
        } catch (JsonProcessingException e) {
            // Limit violations carry no location of their own: the parser's position is where the limit was hit.
            JsonLocation location = e.getLocation() != null ? e.getLocation()
                    : parser == null ? null : parser.currentLocation();
            throw new InputRejectedException(source, join(where, place(location)),
                    ErrorText.of("error.json.invalid", originalMessage(e)), e);
        } catch (IOException e) {
            throw new InputRejectedException(source, where, ErrorText.of("error.json.unreadable", e.getMessage()), e);
        } finally {
            closeQuietly(parser);
        }
    }

    /** Jackson's reason, which may quote a token of the input: cut to a short excerpt. */
    public static String originalMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message == null || message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "...";
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from a string: nothing to release
            }
        }
    }

    static ErrorText place(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return null;
        }
        return ErrorText.of("error.place.line", location.getLineNr(), location.getColumnNr());
    }

    /** Places already in words: "JWT payload, at /type". */
    public static String join(String where, String place) {
        if (where == null) {
            return place;
        }
        return place == null ? where : where + ", " + place;
    }

    /** "JWT payload, line 1, column 5": a place within a part of a file; either may be null. */
    public static ErrorText join(ErrorText where, ErrorText place) {
        if (where == null) {
            return place;
        }
        return place == null ? where : ErrorText.of("error.place.join", where, place);
    }

    /** Whether the text starts like a JSON document (after a byte order mark and white space). */
    public static boolean looksLikeJson(ImportFile file) {
        byte[] content = file.content();
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\n' || content[i] == '\r'
                || content[i] == '\t')) {
            i++;
        }
        return i < content.length && (content[i] == '{' || content[i] == '[');
    }

    /** Whether the first part of the file contains all of these texts: a cheap content sniff for detection. */
    public static boolean headContains(ImportFile file, String... needles) {
        int length = Math.min(file.content().length, 64 * 1024);
        String head = new String(file.content(), 0, length, java.nio.charset.StandardCharsets.UTF_8);
        for (String needle : needles) {
            if (!head.contains(needle)) {
                return false;
            }
        }
        return true;
    }
}
