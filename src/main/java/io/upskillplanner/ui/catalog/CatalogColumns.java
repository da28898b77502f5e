package io.upskillplanner.ui.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.ui.common.ColumnSpec;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/**
 * The catalog table's columns in their order: header, width, shown at first or offered in the
 * column menu, and each cell's text, tested without a toolkit. The last-verified date has a cell
 * of its own (it marks stale facts).
 */
final class CatalogColumns {

    static final String TITLE = "credential.title";
    static final String COST = "credential.cost";
    static final String EFFORT = "credential.effortHours";

    static final List<ColumnSpec<Credential>> ALL = List.of(
            ColumnSpec.of(TITLE, 280, true, Credential::title),
            ColumnSpec.of("credential.provider", 160, true, Credential::providerName),
            ColumnSpec.of("credential.kind", 100, true, c -> Formats.label(c.kind())),
            ColumnSpec.of(COST, 90, true, c -> Formats.money(c.costs().oneOff())),
            ColumnSpec.of(EFFORT, 65, true, c -> Integer.toString(c.effortHours())),
            ColumnSpec.of("credential.format", 80, true, c -> Formats.label(c.format())),
            ColumnSpec.of("credential.pacing", 90, false, c -> Formats.label(c.pacing())),
            ColumnSpec.of("credential.accreditation", 150, true, c -> c.isAccredited()
                    ? c.quality().accreditationBody() : Messages.get("catalog.notAccredited")),
            ColumnSpec.of("credential.topRecognition", 150, true, c -> c.recognition().stream().findFirst()
                    .map(r -> Formats.industry(r.industry()) + " " + r.level() + "/5").orElse("")),
            ColumnSpec.of("credential.recognition", 260, false, c -> c.recognition().stream()
                    .map(r -> Formats.industry(r.industry()) + " " + r.level() + "/5").collect(Collectors.joining(", "))),
            ColumnSpec.of("credential.skills", 240, false,
                    c -> c.skills().stream().map(SkillRef::label).collect(Collectors.joining(", "))),
            ColumnSpec.of("credential.tuition", 80, false, c -> money(c, c.costs().tuition())),
            ColumnSpec.of("credential.exam", 80, false, c -> money(c, c.costs().exam())),
            ColumnSpec.of("credential.materials", 80, false, c -> money(c, c.costs().materials())),
            ColumnSpec.of("credential.renewal", 110, false, c -> c.costs().renewalPeriodMonths() == null ? ""
                    : Messages.get("catalog.renewalEvery", money(c, c.costs().renewal()), c.costs().renewalPeriodMonths())),
            ColumnSpec.of("credential.durationWeeks", 80, false, c -> text(c.fixedDurationWeeks())),
            ColumnSpec.of("credential.curriculumStandard", 150, false, c -> c.quality().curriculumStandard()),
            ColumnSpec.of("credential.instructorExpertise", 80, false, c -> c.quality().instructorExpertise() + "/5"),
            ColumnSpec.of("credential.careerSupport", 80, false, c -> c.quality().careerSupport() + "/5"),
            ColumnSpec.of("credential.credits", 150, false, c -> c.credits() == null ? ""
                    : Formats.number(c.credits().amount()) + " " + Formats.label(c.credits().unit())
                    + (c.credits().stacksInto() == null ? "" : " → " + c.credits().stacksInto())),
            ColumnSpec.of("credential.badgeStandard", 110, false, c -> Formats.label(c.badgeStandard())),
            ColumnSpec.of("credential.validityMonths", 80, false, c -> text(c.validityMonths())),
            ColumnSpec.of("credential.eqfLevel", 50, false, c -> text(c.eqfLevel())),
            ColumnSpec.of("credential.drawbacks", 200, false, Credential::drawbacks),
            ColumnSpec.of("credential.url", 200, false, Credential::url),
            ColumnSpec.of("credential.source", 200, false, c -> c.provenance().source()),
            ColumnSpec.of("credential.origin", 70, false, c -> Formats.label(c.origin())));

    /** The columns the table sorts by (through the catalog's query); the others do not sort. */
    static final Map<String, CatalogSort> SORTS = Map.of(TITLE, CatalogSort.TITLE, "credential.provider",
            CatalogSort.PROVIDER, COST, CatalogSort.COST, EFFORT, CatalogSort.EFFORT);

    private CatalogColumns() {
    }

    static ColumnSpec<Credential> spec(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static String money(Credential c, BigDecimal amount) {
        return Formats.money(new Money(amount, c.costs().currency()));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
