package io.upskillplanner.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What to put in a report: the goals (empty means all of the profile's goals), the sections, the
 * paper, who prepared it (may be blank), the day it is made for, which the plan is evaluated on,
 * and its language (one of {@link #LANGUAGES}; any other reads as English).
 */
public record ReportOptions(List<UUID> goalIds, Set<ReportSection> sections, PaperSize paper, String author,
                            LocalDate today, Locale language) {

    /** The languages the report's bundles are complete for, English first as the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    public ReportOptions {
        goalIds = List.copyOf(goalIds);
        sections = sections.isEmpty() ? EnumSet.noneOf(ReportSection.class) : EnumSet.copyOf(sections);
        Objects.requireNonNull(paper, "paper");
        author = author == null ? "" : author.strip();
        Objects.requireNonNull(today, "today");
        language = supported(language);
    }

    /** An English report. */
    public ReportOptions(List<UUID> goalIds, Set<ReportSection> sections, PaperSize paper, String author,
                         LocalDate today) {
        this(goalIds, sections, paper, author, today, Locale.ENGLISH);
    }

    /** Every goal, every section, on A4, in English. */
    public static ReportOptions everything(String author, LocalDate today) {
        return new ReportOptions(List.of(), ReportSection.all(), PaperSize.A4, author, today);
    }

    /**
     * The language of a code such as "en", "de" or "de-AT" (the region is ignored: the report's
     * formats follow the language).
     *
     * @throws IllegalArgumentException when the report does not speak it
     */
    public static Locale language(String code) {
        String wanted = Locale.forLanguageTag(code == null ? "" : code.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The report is not available in '" + code + "'"));
    }

    public boolean has(ReportSection section) {
        return sections.contains(section);
    }

    public ReportOptions withPaper(PaperSize other) {
        return new ReportOptions(goalIds, sections, other, author, today, language);
    }

    public ReportOptions withGoals(List<UUID> ids) {
        return new ReportOptions(ids, sections, paper, author, today, language);
    }

    public ReportOptions withLanguage(Locale other) {
        return new ReportOptions(goalIds, sections, paper, author, today, other);
    }

    private static Locale supported(Locale wanted) {
        String code = wanted == null ? "" : wanted.getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst().orElse(Locale.ENGLISH);
    }
}
