package io.upskillplanner.exchange.skills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Skill;
import io.upskillplanner.domain.SkillTaxonomy;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.csv.CsvReader;
import io.upskillplanner.store.Store;

/**
 * An ESCO skills CSV as the ESCO portal publishes it (conceptType, conceptUri, preferredLabel,
 * …, description, …; multi-valued cells separated by " | "), into the skill list.
 */
public final class EscoCsvImporter implements Importer {

    public static final String FORMAT_NAME = "ESCO skills CSV";
    public static final String ATTRIBUTION = "This service uses the ESCO classification of the European Commission.";
    private static final List<String> REQUIRED = List.of("conceptType", "conceptUri", "preferredLabel");

    @Override
    public String format() {
        return FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        List<String> names = CsvReader.firstLineNames(file.content());
        return !names.isEmpty() && names.get(0).equals("conceptType");
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        CsvReader reader = new CsvReader(file.name(), file.text());
        CsvReader.Row header = reader.next();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.put(header.cells().get(i).strip(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", 1),
                        ErrorText.of("error.esco.missingColumn", required, String.join(", ", REQUIRED)));
            }
        }
        List<Skill> skills = new ArrayList<>();
        Set<String> uris = new HashSet<>();
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (row.cells().size() == 1 && row.cells().get(0).isBlank()) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", row.line()),
                        ErrorText.of("error.csv.cellCount", row.cells().size(), header.cells().size()));
            }
            String uri = cell(row, columns, "conceptUri");
            String label = cell(row, columns, "preferredLabel");
            if (uri == null || !uri.startsWith("http")) {
                throw new InputRejectedException(file.name(), row.place(columns.get("conceptUri")),
                        ErrorText.of("error.esco.conceptUri", Excerpt.quoted(uri)));
            }
            if (label == null) {
                throw new InputRejectedException(file.name(), row.place(columns.get("preferredLabel")),
                        ErrorText.of("error.esco.noLabel"));
            }
            if (!uris.add(uri)) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("skill:" + uri).getBytes(StandardCharsets.UTF_8));
            skills.add(new Skill(id, label, uri, SkillTaxonomy.ESCO, null, cell(row, columns, "description")));
        }
        if (skills.isEmpty()) {
            throw new InputRejectedException(file.name(), ErrorText.of("error.place.line.only", 2),
                    ErrorText.of("error.esco.noSkills"));
        }
        return new SkillImportPlan(file, FORMAT_NAME, skills, store, ATTRIBUTION);
    }

    private static String cell(CsvReader.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            return null;
        }
        String value = row.cells().get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
