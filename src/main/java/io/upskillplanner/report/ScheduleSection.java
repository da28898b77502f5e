package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.DeadlineMiss;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.Schedule;
import io.upskillplanner.domain.decide.ScheduleEntry;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;
import io.upskillplanner.report.layout.Table;


/** A goal's schedule: the timeline, its table, the verdict on the deadline and how to meet it. */
final class ScheduleSection extends SectionWriter {

    ScheduleSection(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow, Goal goal, PlanEvaluation evaluation) {
        flow.heading(text.get("schedule.title"), 1);
        List<ScheduleEntry> entries = evaluation.schedule().entries();
        if (entries.isEmpty()) {
            flow.paragraph(text.get("schedule.empty"), Style.BODY.withColor(Rgb.MUTED));
            return;
        }
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (CandidateEvaluation c : evaluation.candidates()) {
            titles.put(c.candidate().id(), clean(c.credential().title()));
        }
        List<Charts.Span> spans = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            spans.add(new Charts.Span(titles.getOrDefault(entry.candidate().id(), "?"), entry.start(), entry.finish(),
                    entry.isCompleted()));
        }
        charts.timeline(flow, text.get("schedule.timeline"), spans, options.today(), goal.deadline());

        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("schedule.col.credential"), 40),
                Table.Column.left(text.get("schedule.col.start"), 15),
                Table.Column.left(text.get("schedule.col.finish"), 15),
                Table.Column.right(text.get("schedule.col.weeks"), 10),
                Table.Column.right(text.get("schedule.col.hours"), 12)), Style.SMALL);
        for (ScheduleEntry entry : entries) {
            table.row(List.of(
                    Table.Cell.withNote(titles.getOrDefault(entry.candidate().id(), "?"), Style.SMALL,
                            entry.isCompleted() ? text.get("schedule.completed") : null),
                    Table.Cell.of(formats.date(entry.start())),
                    Table.Cell.of(formats.date(entry.finish())),
                    Table.Cell.of(Long.toString(entry.weeks())),
                    Table.Cell.of(formats.number(entry.weeklyHours()))));
        }
        table.end();

        Schedule schedule = evaluation.schedule();
        StringBuilder verdict = new StringBuilder(text.get("schedule.finish", formats.date(schedule.finish())));
        if (schedule.deadline().isEmpty()) {
            verdict.append(' ').append(text.get("schedule.noDeadline"));
        } else {
            long days = schedule.daysBeforeDeadline().orElseThrow();
            verdict.append(' ').append(days >= 0 ? text.get("schedule.meets", days)
                    : text.get("schedule.misses", -days));
        }
        flow.paragraph(verdict.toString(), schedule.meetsDeadline() ? Style.BODY : Style.BODY_BOLD.withColor(Rgb.BAD));
        if (schedule.deadlineMiss().isPresent()) {
            DeadlineMiss miss = schedule.deadlineMiss().get();
            flow.paragraph(text.get("schedule.fix"), Style.BODY_BOLD);
            flow.bullet(text.get("schedule.fix.postpone", miss.weeksToPostpone()), Style.BODY, Rgb.ACCENT);
            flow.bullet(miss.weeklyHoursNeeded().map(h -> text.get("schedule.fix.hours", formats.number(h)))
                    .orElse(text.get("schedule.fix.hoursNone")), Style.BODY, Rgb.ACCENT);
            for (Candidate candidate : miss.droppingAnyOneFits()) {
                flow.bullet(text.get("schedule.fix.drop", titles.getOrDefault(candidate.id(), "?")), Style.BODY,
                        Rgb.ACCENT);
            }
        }
        if (schedule.deadline().isPresent() && schedule.deadline().get().isBefore(options.today())) {
            flow.paragraph(text.get("schedule.passed", formats.date(schedule.deadline().get())),
                    Style.BODY_BOLD.withColor(Rgb.WARN));
        }
        // The scheduler's warnings say in words what the list above shows; they matter only without it.
        if (schedule.deadlineMiss().isEmpty() && !schedule.warnings().isEmpty()) {
            flow.paragraph(text.get("schedule.warnings"), Style.BODY_BOLD.withColor(Rgb.WARN));
            for (Phrase warning : schedule.warnings()) {
                flow.bullet(clean(formats.text(warning)), Style.BODY, Rgb.WARN);
            }
        }
    }
}
