package io.upskillplanner.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1:A3)   | '=SUM(A1:A3)
            +41 22        | '+41 22
            -2+3          | '-2+3
            @cmd          | '@cmd
            AWS Certified | AWS Certified
            """)
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised(String cell, String written) {
        assertThat(CsvWriter.neutralise(cell)).isEqualTo(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(CsvWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.neutralise("\rx")).isEqualTo("'\rx");
    }

    @Test
    void writerStartsWithAByteOrderMarkAndQuotesPerRfc4180() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(List.of("a,b", "say \"hi\"", "two\nlines", "Zürich"));
            csv.row(Arrays.asList("=1+1", null, 3));
        }
        byte[] out = bytes.toByteArray();

        assertThat(Arrays.copyOf(out, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",Zürich\r\n'=1+1,,3\r\n");
    }

    @Test
    void readerReadsBackWhatTheWriterWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(List.of("a,b", "say \"hi\"", "two\r\nlines"));
            csv.row(List.of("x", "", "z"));
        }
        CsvReader reader = new CsvReader("t.csv", bytes.toString(StandardCharsets.UTF_8));

        CsvReader.Row first = reader.next();
        CsvReader.Row second = reader.next();

        assertThat(first.cells()).containsExactly("a,b", "say \"hi\"", "two\r\nlines");
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.cells()).containsExactly("x", "", "z");
        assertThat(second.place(2).english()).isEqualTo("line 3, column 4");
        assertThat(reader.next()).isNull();
    }
}
