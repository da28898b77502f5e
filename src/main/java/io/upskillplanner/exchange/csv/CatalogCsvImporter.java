package io.upskillplanner.exchange.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.CatalogImportPlan;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.ProviderResolver;
import io.upskillplanner.store.Store;

/**
 * Reads a catalog CSV (see {@link CatalogCsv}). A row without an id gets one derived from its
 * provider and title, so that importing an edited spreadsheet again updates its entries.
 */
public final class CatalogCsvImporter implements Importer {

    private static final java.util.regex.Pattern ITEM_SEPARATOR = java.util.regex.Pattern.compile("\\s*\\|\\s*");

    @Override
    public String format() {
        return CatalogCsv.FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        List<String> names = CsvReader.firstLineNames(file.content());
        return names.contains("title") && names.contains("currency") && names.contains("kind");
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        CsvReader reader = new CsvReader(file.name(), file.text());
        CsvReader.Row header = reader.next();
        if (header == null) {
            throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", 1),
                    ErrorText.of("error.csv.noHeader"));
        }
        Map<String, Integer> columns = header(file, header);
        ProviderResolver providers = new ProviderResolver(store);
        List<CatalogEntry> entries = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (row.cells().size() == 1 && row.cells().get(0).isBlank()) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", row.line()),
                        ErrorText.of("error.csv.cellCount", row.cells().size(), header.cells().size()));
            }
            Cells cells = new Cells(file.name(), row, columns);
            CatalogEntry entry = entry(file, cells, providers, today);
            if (!ids.add(entry.credential().id())) {
                throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", row.line()),
                        ErrorText.of("error.csv.repeatedCredential", entry.credential().id(),
                                Excerpt.quoted(entry.credential().title())));
            }
            entries.add(entry);
        }
        return new CatalogImportPlan(file, format(), providers.created(), entries, store, List.of());
    }

    private static Map<String, Integer> header(ImportFile file, CsvReader.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (!CatalogCsv.COLUMNS.contains(name)) {
                throw new InputRejectedException(file.name(), header.place(i), ErrorText.of("error.csv.unknownColumn",
                        Excerpt.quoted(header.cells().get(i)), String.join(", ", CatalogCsv.COLUMNS)));
            }
            if (columns.put(name, i) != null) {
                throw new InputRejectedException(file.name(), header.place(i),
                        ErrorText.of("error.csv.repeatedColumn", Excerpt.quoted(name)));
            }
        }
        for (String required : CatalogCsv.COLUMNS) {
            if (CatalogCsv.REQUIRED.contains(required) && !columns.containsKey(required)) {
                throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", 1),
                        ErrorText.of("error.csv.missingColumn", required,
                                String.join(", ", CatalogCsv.REQUIRED.stream().sorted().toList())));
            }
        }
        return columns;
    }

    private static CatalogEntry entry(ImportFile file, Cells cells, ProviderResolver providers, LocalDate today) {
        String title = cells.required("title");
        String providerName = cells.required("provider");
        Provider provider = providers.resolve(providerName,
                cells.parse("provider_type", enumOf(ProviderType.class), ProviderType.OTHER),
                cells.parse("provider_country", CatalogCsvImporter::country, null), cells.text("provider_url"));
        UUID id = cells.parse("id", UUID::fromString, null);
        if (id == null) {
            id = UUID.nameUUIDFromBytes(("csv:" + provider.name().toLowerCase(Locale.ROOT) + "|"
                    + title.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        }
        CostParts costs = cells.build("currency", () -> new CostParts(cells.decimal("tuition", BoundedNumbers.MONEY),
                cells.decimal("exam_fee", BoundedNumbers.MONEY), cells.decimal("materials_cost", BoundedNumbers.MONEY),
                cells.decimal("renewal_cost", BoundedNumbers.MONEY),
                cells.integer("renewal_period_months", BoundedNumbers.MONTHS, null), cells.required("currency")));
        BigDecimal creditAmount = cells.decimal("credits", BoundedNumbers.CREDITS);
        Credits credits = creditAmount == null ? null : cells.build("credits", () -> new Credits(creditAmount,
                cells.parse("credit_unit", enumOf(CreditUnit.class), CreditUnit.ECTS),
                cells.text("stacks_into")));
        List<String> skillLabels = cells.list("skills");
        List<String> skillUris = cells.list("skill_uris");
        if (!skillUris.isEmpty() && skillUris.size() != skillLabels.size()) {
            throw cells.reject("skill_uris", ErrorText.of("error.csv.skillUris", skillUris.size(), skillLabels.size()));
        }
        List<SkillRef> skills = new ArrayList<>();
        for (int i = 0; i < skillLabels.size(); i++) {
            skills.add(new SkillRef(skillLabels.get(i), skillUris.isEmpty() ? null : skillUris.get(i)));
        }
        List<Recognition> recognition = new ArrayList<>();
        for (String item : cells.list("recognition")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw cells.reject("recognition", ErrorText.of("error.csv.recognition", Excerpt.quoted(item)));
            }
            String industry = item.substring(0, eq).strip();
            Integer level = cells.build("recognition", () -> BoundedNumbers.parseInt(item.substring(eq + 1),
                    BoundedNumbers.LEVEL));
            recognition.add(cells.build("recognition", () -> new Recognition(industry, level, null)));
        }
        String source = cells.text("source");
        UUID credentialId = id;
        Credential credential = cells.build("title", () -> new Credential(credentialId, title.strip(), provider.id(),
                provider.name(), cells.parse("kind", enumOf(CredentialKind.class), null),
                cells.text("description"), costs, cells.integer("effort_hours", BoundedNumbers.EFFORT_HOURS, 0),
                cells.integer("fixed_duration_weeks", BoundedNumbers.WEEKS, null),
                cells.parse("format", enumOf(DeliveryFormat.class), null),
                cells.parse("pacing", enumOf(Pacing.class), null),
                cells.build("instructor_expertise", () -> new Quality(cells.text("accreditation_body"),
                        cells.text("curriculum_standard"), cells.integer("instructor_expertise", BoundedNumbers.LEVEL, 0),
                        cells.integer("career_support", BoundedNumbers.LEVEL, 0))),
                credits, cells.parse("badge_standard", enumOf(BadgeStandard.class), BadgeStandard.NONE),
                cells.integer("validity_months", BoundedNumbers.MONTHS, null),
                cells.parse("eqf_level", CatalogCsvImporter::eqf, null), cells.text("url"), cells.text("drawbacks"),
                new Provenance(source == null ? file.path().getFileName() + " line " + cells.row.line() : source,
                        cells.parse("last_verified", LocalDate::parse, today)),
                Origin.IMPORT, null, skills, recognition, 0));
        return new CatalogEntry(credential, List.of());
    }

    private static Integer eqf(String value) {
        int level = BoundedNumbers.parseInt(value, BoundedNumbers.LEVEL);
        if (level < 1 || level > 8) {
            throw new DomainRuleException("error.csv.eqfLevel");
        }
        return level;
    }

    private static String country(String value) {
        if (value.length() != 2) {
            throw new DomainRuleException("error.csv.country");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return value -> {
            try {
                return Enum.valueOf(type, upper(value));
            } catch (IllegalArgumentException e) {
                throw new DomainRuleException("error.csv.useOneOf", List.of(type.getEnumConstants()));
            }
        };
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The cells of one row by column name, rejecting bad values at their line and column. */
    private static final class Cells {
        private final String file;
        private final CsvReader.Row row;
        private final Map<String, Integer> columns;

        Cells(String file, CsvReader.Row row, Map<String, Integer> columns) {
            this.file = file;
            this.row = row;
            this.columns = columns;
        }

        String text(String name) {
            Integer index = columns.get(name);
            if (index == null) {
                return null;
            }
            String value = row.cells().get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String name) {
            String value = text(name);
            if (value == null) {
                throw reject(name, ErrorText.of("error.csv.emptyCell"));
            }
            return value;
        }

        BigDecimal decimal(String name, BoundedNumbers.Range range) {
            return parse(name, value -> BoundedNumbers.parse(value, range), null);
        }

        Integer integer(String name, BoundedNumbers.Range range, Integer fallback) {
            return parse(name, value -> BoundedNumbers.parseInt(value, range), fallback);
        }

        List<String> list(String name) {
            String value = text(name);
            if (value == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : ITEM_SEPARATOR.split(value, -1)) {
                items.add(item.strip());
            }
            return items;
        }

        <T> T parse(String name, Function<String, T> parser, T fallback) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            try {
                return parser.apply(value);
            } catch (BoundedNumbers.RejectedNumber e) {
                throw reject(name, ErrorText.of("error.csv.invalidNumber", Excerpt.quoted(value), name.replace('_', ' '),
                        e.requirement()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // A library's refusal (UUID, date, number) is in English and says no more than "invalid".
                throw reject(name, e instanceof DomainRuleException rule
                        ? ErrorText.of("error.csv.invalidBecause", Excerpt.quoted(value), name.replace('_', ' '),
                                rule.text())
                        : ErrorText.of("error.csv.invalid", Excerpt.quoted(value), name.replace('_', ' ')));
            }
        }

        <T> T build(String name, java.util.function.Supplier<T> builder) {
            try {
                return builder.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw reject(name, DomainRuleException.reasonOf(e));
            }
        }

        InputRejectedException reject(String name, ErrorText reason) {
            Integer index = columns.get(name);
            return new InputRejectedException(file, index == null ? ErrorText.of("error.place.line.only", row.line())
                    : row.place(index), ErrorText.of("error.csv.inColumn", name, reason));
        }
    }
}
