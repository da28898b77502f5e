package io.upskillplanner.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;


/** The sections after the goals: session notes, sources and verification, and a note on micro-credentials. */
final class ClosingSections extends SectionWriter {

    ClosingSections(SectionWriter report) {
        super(report);
    }

    void sessionNotes(PageFlow flow) {
        flow.newPage();
        flow.heading(text.get("session.title"), 0);
        for (SessionNote note : content.sessionNotes()) {
            flow.ensure(50);
            flow.paragraph(formats.dateTime(note.createdAt()), Style.SMALL_BOLD.withColor(Rgb.MUTED));
            flow.paragraph(clean(note.text()), Style.BODY);
            flow.moveDown(4);
        }
    }

    void sources(PageFlow flow) {
        flow.newPage();
        flow.heading(text.get("sources.title"), 0);
        flow.paragraph(text.get("sources.intro", Provenance.STALE_AFTER.toTotalMonths()), Style.SMALL_MUTED);
        Map<UUID, Credential> used = new LinkedHashMap<>();
        for (GoalPlan plan : content.goals()) {
            for (CandidateEvaluation c : plan.evaluation().byRank()) {
                used.putIfAbsent(c.credential().id(), c.credential());
            }
        }
        if (used.isEmpty()) {
            flow.paragraph(text.get("sources.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("sources.col.credential"), 30),
                Table.Column.left(text.get("sources.col.provider"), 17),
                Table.Column.left(text.get("sources.col.source"), 36),
                Table.Column.left(text.get("sources.col.verified"), 17)), Style.SMALL);
        for (Credential credential : used.values()) {
            Provenance provenance = credential.provenance();
            boolean stale = provenance.isStale(options.today());
            String verified = provenance.lastVerified() == null ? text.get("sources.never")
                    : formats.date(provenance.lastVerified());
            String source = provenance.source() == null || provenance.source().isBlank()
                    ? text.get("sources.unknown") : clean(provenance.source());
            if (credential.url() != null && !credential.url().isBlank() && !source.contains(credential.url())) {
                source = source + "\n" + clean(credential.url());
            }
            table.row(List.of(
                    Table.Cell.of(clean(credential.title())),
                    Table.Cell.of(orDash(credential.providerName())),
                    Table.Cell.of(source),
                    stale ? Table.Cell.withNote(verified, Style.SMALL.withColor(Rgb.BAD), "⚠ " + text.get("sources.stale"))
                            : Table.Cell.of(verified)));
        }
        table.end();
    }

    void about(PageFlow flow) {
        if (flow.fits(260) && options.has(ReportSection.SOURCES)) {
            flow.moveDown(16);
        } else {
            flow.newPage();
        }
        flow.heading(text.get("about.title"), 0);
        for (String paragraph : List.of("about.1", "about.2", "about.3", "about.4")) {
            flow.paragraph(text.get(paragraph), Style.BODY);
            flow.moveDown(2);
        }
    }
}
