package io.upskillplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one figure of a credential came from: the field it fills, the source (a file with the path
 * in it, or a registry id) and when it was last checked. A flag marks a value the source holds but
 * that must not be shown as a fact, such as a "*** … MISSING ***" placeholder.
 */
public record CredentialFact(String field, String source, LocalDate lastVerified, String flag) {

    public CredentialFact {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
        if (field.isBlank() || field.length() > 60) {
            throw new DomainRuleException("error.domain.factField", field);
        }
        if (source.length() > 1000) {
            source = source.substring(0, 997) + "...";
        }
        if (flag != null && flag.length() > 500) {
            flag = flag.substring(0, 497) + "...";
        }
    }

    public boolean isFlagged() {
        return flag != null;
    }
}
