package io.upskillplanner.exchange.plan.file;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.JsonAt;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one mapper of the plan file, for writing {@link PlanFileV1} and for reading it back from a
 * tree that {@link io.upskillplanner.exchange.StrictJson} parsed. Reading takes each value as the
 * schema has it and nothing else: no number or boolean becomes a string, no string a number, and
 * a value of the wrong kind is refused at its JSON pointer with the words of {@link JsonAt}.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // The tree of an export keeps 1500.00 as it is, as the exporter's own tree always did.
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A null where an object of an array belongs is refused as the tree reading always refused it.
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .addModule(new SimpleModule("plan-file")
                    .addDeserializer(String.class, new Text())
                    .addDeserializer(Boolean.class, new Truth())
                    .addDeserializer(BigDecimal.class, new Number<>(BigDecimal.class, null))
                    .addDeserializer(Integer.class, new Number<>(Integer.class, null)))
            .build();

    private PlanJson() {
    }

    /** The records of a plan file whose tree is {@code root}; a value of the wrong kind or range is refused at its place. */
    public static PlanFileV1 read(JsonAt root) {
        try {
            return MAPPER.treeToValue(root.node(), PlanFileV1.class);
        } catch (JsonMappingException e) {
            JsonAt at = root.at(pointer(e), root.node().at(JsonPointer.compile(pointer(e))));
            Refusal refusal = refusal(e);
            if (refusal != null) {
                throw at.reject(refusal.reason);
            }
            if (e instanceof UnrecognizedPropertyException) {
                throw at.reject(ErrorText.of("error.schema.unknownMember"));
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                Class<?> target = mismatch.getTargetType();
                throw at.reject(Collection.class.isAssignableFrom(target)
                        ? ErrorText.of("error.json.notArray", JsonAt.describe(at.node()))
                        : ErrorText.of("error.json.notObject", JsonAt.describe(at.node())));
            }
            throw at.reject(ErrorText.of("error.value.invalid"));
        } catch (Refusal refusal) {
            throw root.reject(refusal.reason);
        } catch (JsonProcessingException e) {
            throw root.reject(ErrorText.of("error.value.invalid"));
        }
    }

    /** The tree of a plan file, as {@link #write} writes it. */
    public static ObjectNode tree(PlanFileV1 file) {
        return MAPPER.valueToTree(file);
    }

    public static void write(Object file, OutputStream out) throws IOException {
        MAPPER.writeValue(out, file);
    }

    public static byte[] bytes(Object file) throws IOException {
        return MAPPER.writeValueAsBytes(file);
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : Integer.toString(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static Refusal refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Why a value was refused; the reading above puts it at its place. */
    private static final class Refusal extends RuntimeException {

        private final transient ErrorText reason;

        Refusal(ErrorText reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }
    }

    private static final class Text extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new Refusal(ErrorText.of("error.json.notString", JsonAt.describe(p.readValueAsTree())));
            }
            return p.getText();
        }
    }

    private static final class Truth extends JsonDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isBoolean()) {
                throw new Refusal(ErrorText.of("error.json.notBoolean", JsonAt.describe(p.readValueAsTree())));
            }
            return p.getBooleanValue();
        }
    }

    /**
     * A number within the range its member names ({@link Bounded}). The value is taken from the tree
     * as the parser made it and goes through BoundedNumbers before anything else touches it.
     */
    private static final class Number<T> extends JsonDeserializer<T> implements ContextualDeserializer {

        private final Class<T> type;
        private final BoundedNumbers.Range range;

        Number(Class<T> type, BoundedNumbers.Range range) {
            this.type = type;
            this.range = range;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            Bounded bounded = property == null ? null : property.getAnnotation(Bounded.class);
            if (bounded == null) {
                throw new IllegalStateException("The plan file member " + (property == null ? "?" : property.getName())
                        + " is a number without a range (@Bounded)");
            }
            return new Number<>(type, bounded.value().range());
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            boolean whole = type == Integer.class;
            if (!node.isNumber()) {
                throw new Refusal(ErrorText.of(whole ? "error.json.notWholeNumber" : "error.json.notNumber",
                        JsonAt.describe(node)));
            }
            try {
                return type.cast(whole ? (Object) BoundedNumbers.checkInt(node.decimalValue(), range)
                        : BoundedNumbers.check(node.decimalValue(), range));
            } catch (BoundedNumbers.RejectedNumber e) {
                throw new Refusal(e.reason());
            }
        }
    }
}
