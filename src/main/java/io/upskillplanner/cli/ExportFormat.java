package io.upskillplanner.cli;

import java.util.Locale;

import io.upskillplanner.domain.ErrorText;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code export} writes; a new format adds a constant here and a branch in ExportCommand. */
enum ExportFormat {
    JSON, CSV, PDF;

    /** Reads the lower-case names users type. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // picocli wants words: put into words here, in the language the command line runs in.
                throw new TypeConversionException(ErrorText.of("error.cli.exportFormat", value,
                        String.join(", ", names())).text());
            }
        }
    }

    static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The names offered in the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return names().iterator();
        }
    }
}
