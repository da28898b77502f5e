package io.upskillplanner.exchange.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Skill;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.store.Store;

/** Skills from a taxonomy file, upserted by URI. */
final class SkillImportPlan implements ImportPlan {

    private final ImportFile file;
    private final String format;
    private final List<Skill> skills;
    private final List<String> summary = new ArrayList<>();

    SkillImportPlan(ImportFile file, String format, List<Skill> skills, Store store, String attribution) {
        this.file = file;
        this.format = format;
        this.skills = List.copyOf(skills);
        Map<String, UUID> existing = store.skills().idsByUri(skills.stream().map(Skill::uri).toList());
        summary.add(skills.size() + " skill" + (skills.size() == 1 ? "" : "s") + " for the skill pickers: "
                + (skills.size() - existing.size()) + " new, " + existing.size() + " updated");
        skills.stream().limit(10).forEach(s -> summary.add((existing.containsKey(s.uri()) ? "Update: " : "Add: ")
                + s.label() + (s.code() == null ? "" : " (" + s.code() + ")")));
        if (skills.size() > 10) {
            summary.add("… and " + (skills.size() - 10) + " more");
        }
        summary.add(attribution);
    }

    @Override
    public ImportFile file() {
        return file;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<String> summary() {
        return summary;
    }

    @Override
    public int entryCount() {
        return skills.size();
    }

    @Override
    public void apply(Store tx) {
        tx.skills().upsertByUri(skills);
    }
}
