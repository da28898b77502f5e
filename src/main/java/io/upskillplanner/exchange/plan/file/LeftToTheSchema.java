package io.upskillplanner.exchange.plan.file;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * Reads a member the importer does not take from the file (a file cannot declare its badges
 * verified or itself sample data): a string or a boolean as it is, any other value as absent.
 * The schema check after the mapping refuses a wrong value, in its own words, as it always did.
 */
public final class LeftToTheSchema extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final Class<?> type;

    public LeftToTheSchema() {
        this(String.class);
    }

    private LeftToTheSchema(Class<?> type) {
        this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property == null ? this : new LeftToTheSchema(property.getType().getRawClass());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (type == String.class && p.hasToken(JsonToken.VALUE_STRING)) {
            return p.getText();
        }
        if (type == Boolean.class && p.currentToken().isBoolean()) {
            return p.getBooleanValue();
        }
        p.skipChildren();
        return null;
    }
}
