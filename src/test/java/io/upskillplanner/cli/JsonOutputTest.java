package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The commands' JSON is written by a bare generator, byte for byte as an indenting ObjectMapper wrote it before. */
class JsonOutputTest {

    @Test
    void everyKindOfValueIsPrintedAsTheMapperPrintedIt() throws Exception {
        ObjectNode tree = JsonOutput.object();
        tree.put("title", "Zürich \"Data\" \u2013 Basics\n");
        tree.put("tuition", new BigDecimal("1E+3"));
        tree.put("exam", new BigDecimal("150.50"));
        tree.put("hours", 40);
        tree.put("big", 12_345_678_901L);
        tree.put("share", 0.125);
        tree.put("stale", false);
        tree.putNull("credits");
        tree.putArray("skills").add("sql").add("python");
        tree.putArray("none");
        tree.putObject("empty");
        tree.putObject("cost").put("currency", "CHF").put("amount", new BigDecimal("0.00"));
        tree.putArray("recognition").addObject().put("industry", "Healthcare").put("level", 4).putNull("evidence");

        StringWriter printed = new StringWriter();
        JsonOutput.print(new PrintWriter(printed), JsonOutput.array(List.of(tree, JsonOutput.object())));

        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        String expected = mapper.writeValueAsString(JsonOutput.array(List.of(tree, JsonOutput.object())))
                + System.lineSeparator();
        assertThat(printed.toString()).isEqualTo(expected).contains("\"tuition\" : 1000,").contains("\"exam\" : 150.50");
    }
}
