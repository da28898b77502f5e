package io.upskillplanner.exchange.csv;

import java.util.List;
import java.util.Set;

/**
 * The header of a catalog CSV file (documented in assets/schema/catalog-csv.md). One credential a
 * row; cells holding several values separate them with " | ".
 */
public final class CatalogCsv {

    public static final String FORMAT_NAME = "Catalog CSV";
    public static final String SEPARATOR = " | ";

    /** Every column, in the order the exporter writes them. */
    public static final List<String> COLUMNS = List.of(
            "id", "title", "provider", "provider_type", "provider_country", "provider_url", "kind", "description",
            "tuition", "exam_fee", "materials_cost", "renewal_cost", "renewal_period_months", "currency",
            "effort_hours", "fixed_duration_weeks", "format", "pacing", "accreditation_body", "curriculum_standard",
            "instructor_expertise", "career_support", "credits", "credit_unit", "stacks_into", "badge_standard",
            "validity_months", "eqf_level", "url", "drawbacks", "skills", "skill_uris", "recognition", "source",
            "last_verified");

    /** The columns a file must have; the others may be left out. */
    public static final Set<String> REQUIRED = Set.of("title", "provider", "kind", "currency", "format", "pacing");

    private CatalogCsv() {
    }
}
