package io.upskillplanner.domain;

import java.util.Objects;

/** A skill by its label, optionally pinned to a taxonomy concept (an ESCO or O*NET URI). */
public record SkillRef(String label, String taxonomyUri) {

    public SkillRef {
        Objects.requireNonNull(label, "label");
        label = label.strip();
        if (label.isEmpty()) {
            throw new DomainRuleException("error.domain.skillLabel");
        }
        if (taxonomyUri != null && taxonomyUri.isBlank()) {
            taxonomyUri = null;
        }
    }

    public static SkillRef of(String label) {
        return new SkillRef(label, null);
    }

    /** Two skills match when their taxonomy URIs are equal, or else their labels are, ignoring case. */
    public boolean matches(SkillRef other) {
        if (taxonomyUri != null && other.taxonomyUri != null && taxonomyUri.equals(other.taxonomyUri)) {
            return true;
        }
        return label.equalsIgnoreCase(other.label);
    }
}
