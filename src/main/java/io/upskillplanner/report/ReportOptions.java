package io.upskillplanner.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What to put in a report: the goals (empty means all of the profile's goals), the sections, the
 * paper, who prepared it (may be blank) and the day it is made for, which the plan is evaluated on.
 */
public record ReportOptions(List<UUID> goalIds, Set<ReportSection> sections, PaperSize paper, String author,
                            LocalDate today) {

    public ReportOptions {
        goalIds = List.copyOf(goalIds);
        sections = sections.isEmpty() ? EnumSet.noneOf(ReportSection.class) : EnumSet.copyOf(sections);
        Objects.requireNonNull(paper, "paper");
        author = author == null ? "" : author.strip();
        Objects.requireNonNull(today, "today");
    }

    /** Every goal, every section, on A4. */
    public static ReportOptions everything(String author, LocalDate today) {
        return new ReportOptions(List.of(), ReportSection.all(), PaperSize.A4, author, today);
    }

    public boolean has(ReportSection section) {
        return sections.contains(section);
    }

    public ReportOptions withPaper(PaperSize other) {
        return new ReportOptions(goalIds, sections, other, author, today);
    }

    public ReportOptions withGoals(List<UUID> ids) {
        return new ReportOptions(ids, sections, paper, author, today);
    }
}
