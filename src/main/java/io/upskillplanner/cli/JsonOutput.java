package io.upskillplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON the read commands print; the README documents its shape. Trees of Jackson nodes, written
 * by a bare generator: an {@code ObjectMapper} (serializer factories, introspection, the Java time
 * module) cost a cold command about 700 classes and a quarter of a second, for trees that hold only
 * text, numbers and booleans.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private JsonOutput() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void print(PrintWriter out, JsonNode tree) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.useDefaultPrettyPrinter();
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON: " + e.getMessage(), e);
        }
        out.println(text);
        out.flush();
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode item : node) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(node.floatValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
                }
            }
            default -> throw new IllegalArgumentException("Not a JSON value to print: " + node.getNodeType());
        }
    }

    static ObjectNode profile(Profile p, int goalCount) {
        ObjectNode node = object();
        node.put("id", p.id().toString());
        node.put("name", p.name());
        node.put("kind", p.kind().name());
        node.put("currentRole", p.currentRole());
        node.put("currentIndustry", p.currentIndustry());
        node.put("weeklyHours", p.weeklyHours());
        node.set("budget", money(p.budget()));
        node.put("salaryNow", p.salaryNow());
        node.put("notes", p.notes());
        node.put("sampleData", p.sampleData());
        node.put("goals", goalCount);
        return node;
    }

    static ObjectNode goal(Goal g, int candidateCount) {
        ObjectNode node = object();
        node.put("id", g.id().toString());
        node.put("title", g.title());
        node.put("targetRole", g.targetRole());
        node.put("targetIndustry", g.targetIndustry());
        node.put("deadline", g.deadline() == null ? null : g.deadline().toString());
        node.put("budgetCap", g.budgetCap());
        node.put("weeklyHours", g.weeklyHours());
        node.put("expectedSalaryAfter", g.expectedSalaryAfter());
        node.put("priority", g.priority());
        node.put("status", g.status().name());
        node.put("scheduleMode", g.scheduleMode().name());
        ArrayNode skills = node.putArray("skills");
        for (GoalSkill s : g.skills()) {
            ObjectNode skill = skills.addObject();
            skill.put("label", s.skill().label());
            skill.put("uri", s.skill().taxonomyUri());
            skill.put("importance", s.importance());
        }
        node.put("candidates", candidateCount);
        return node;
    }

    static ObjectNode credential(Credential c, LocalDate today) {
        ObjectNode node = object();
        node.put("id", c.id().toString());
        node.put("title", c.title());
        node.put("provider", c.providerName());
        node.put("kind", c.kind().name());
        ObjectNode cost = node.putObject("cost");
        cost.put("tuition", c.costs().tuition());
        cost.put("exam", c.costs().exam());
        cost.put("materials", c.costs().materials());
        cost.put("renewal", c.costs().renewal());
        cost.put("renewalPeriodMonths", c.costs().renewalPeriodMonths());
        cost.put("oneOff", c.costs().oneOff().amount());
        cost.put("currency", c.costs().currency());
        node.put("effortHours", c.effortHours());
        node.put("fixedDurationWeeks", c.fixedDurationWeeks());
        node.put("format", c.format().name());
        node.put("pacing", c.pacing().name());
        node.put("accreditationBody", c.quality().accreditationBody());
        node.put("curriculumStandard", c.quality().curriculumStandard());
        node.put("instructorExpertise", c.quality().instructorExpertise());
        node.put("careerSupport", c.quality().careerSupport());
        if (c.credits() != null) {
            ObjectNode credits = node.putObject("credits");
            credits.put("amount", c.credits().amount());
            credits.put("unit", c.credits().unit().name());
            credits.put("stacksInto", c.credits().stacksInto());
        } else {
            node.putNull("credits");
        }
        node.put("badgeStandard", c.badgeStandard().name());
        node.put("validityMonths", c.validityMonths());
        node.put("url", c.url());
        node.put("drawbacks", c.drawbacks());
        ArrayNode skills = node.putArray("skills");
        for (SkillRef s : c.skills()) {
            skills.add(s.label());
        }
        ArrayNode recognition = node.putArray("recognition");
        for (Recognition r : c.recognition()) {
            ObjectNode entry = recognition.addObject();
            entry.put("industry", r.industry());
            entry.put("level", r.level());
            entry.put("evidence", r.evidence());
        }
        node.put("source", c.provenance().source());
        node.put("lastVerified", c.provenance().lastVerified() == null ? null : c.provenance().lastVerified().toString());
        node.put("stale", c.provenance().isStale(today));
        node.put("origin", c.origin().name());
        return node;
    }

    static ObjectNode money(Money money) {
        ObjectNode node = object();
        node.put("amount", money.amount());
        node.put("currency", money.currency());
        return node;
    }

    static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.addAll(nodes);
        return array;
    }
}
