package io.upskillplanner.exchange.skills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Skill;
import io.upskillplanner.domain.SkillTaxonomy;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importer;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.LinkedData;
import io.upskillplanner.exchange.StrictJson;
import io.upskillplanner.store.Store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * O*NET skills published as a CTDL-ASN competency framework (an "@graph" of one
 * ceasn:CompetencyFramework and its ceasn:Competency nodes) into the skill list: each competency
 * with its label, URI, O*NET code (codedNotation) and text.
 */
public final class OnetImporter implements Importer {

    public static final String FORMAT_NAME = "O*NET skills (CTDL-ASN)";
    public static final String ATTRIBUTION = "This includes information from the O*NET Database by the U.S. Department "
            + "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
            + "O*NET® is a trademark of USDOL/ETA.";

    @Override
    public String format() {
        return FORMAT_NAME;
    }

    @Override
    public boolean recognises(ImportFile file) {
        return StrictJson.looksLikeJson(file) && StrictJson.headContains(file, "\"ceasn:CompetencyFramework\"");
    }

    @Override
    public ImportPlan plan(ImportFile file, ImportTarget target, Store store) {
        JsonNode root = StrictJson.parse(file);
        JsonNode graph = root.get("@graph");
        if (graph == null || !graph.isArray()) {
            throw new InputRejectedException(file.name(), JsonAt.at("/@graph"), ErrorText.of("error.onet.graph"));
        }
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            JsonNode node = graph.get(i);
            if (!node.isObject()) {
                throw new InputRejectedException(file.name(), JsonAt.at("/@graph/" + i),
                        ErrorText.of("error.json.notObject", JsonAt.describe(node)));
            }
            if (!LinkedData.types(node).contains("ceasn:Competency")) {
                continue;
            }
            String uri = LinkedData.text(node.get("@id"));
            String label = LinkedData.text(node.get("ceasn:competencyLabel"));
            String text = LinkedData.text(node.get("ceasn:competencyText"));
            if (uri == null) {
                throw new InputRejectedException(file.name(), JsonAt.at("/@graph/" + i + "/@id"),
                        ErrorText.of("error.onet.noUri"));
            }
            if (label == null) {
                label = text;
            }
            if (label == null) {
                throw new InputRejectedException(file.name(), JsonAt.at("/@graph/" + i + "/ceasn:competencyLabel"),
                        ErrorText.of("error.onet.noLabel"));
            }
            UUID id = UUID.nameUUIDFromBytes(("skill:" + uri).getBytes(StandardCharsets.UTF_8));
            skills.add(new Skill(id, label, uri, SkillTaxonomy.ONET, LinkedData.text(node.get("ceasn:codedNotation")),
                    text));
        }
        if (skills.isEmpty()) {
            throw new InputRejectedException(file.name(), JsonAt.at("/@graph"), ErrorText.of("error.onet.noCompetencies"));
        }
        return new SkillImportPlan(file, FORMAT_NAME, skills, store, ATTRIBUTION);
    }
}
