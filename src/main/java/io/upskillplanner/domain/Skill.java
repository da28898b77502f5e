package io.upskillplanner.domain;

import java.util.Objects;
import java.util.UUID;

/** One entry of the skill list the pickers offer: a taxonomy concept (ESCO, O*NET) or the user's own. */
public record Skill(UUID id, String label, String uri, SkillTaxonomy taxonomy, String code, String description) {

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(taxonomy, "taxonomy");
        label = label.strip();
        if (label.isEmpty()) {
            throw new DomainRuleException("error.domain.skillLabel");
        }
    }

    /** The reference a goal or credential keeps when this skill is picked. */
    public SkillRef toRef() {
        return new SkillRef(label, uri);
    }
}
