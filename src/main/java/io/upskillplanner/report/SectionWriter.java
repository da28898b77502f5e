package io.upskillplanner.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.ScheduleEntry;
import io.upskillplanner.domain.decide.Scheduler;

/**
 * What every section of a report writes with: the content, the options, and the report's words,
 * formats and charts in its language. Each section is a class of its own over {@code report.layout}.
 */
abstract class SectionWriter {

    protected final ReportContent content;
    protected final ReportOptions options;
    protected final Profile profile;
    protected final String currency;
    protected final ReportText text;
    protected final ReportFormats formats;
    protected final Charts charts;

    SectionWriter(ReportContent content, ReportOptions options) {
        this.content = content;
        this.options = options;
        this.profile = content.profile();
        this.currency = profile.currency();
        this.text = ReportText.of(options.language());
        this.formats = ReportFormats.of(text);
        this.charts = new Charts(text, formats);
    }

    SectionWriter(SectionWriter report) {
        this.content = report.content;
        this.options = report.options;
        this.profile = report.profile;
        this.currency = report.currency;
        this.text = report.text;
        this.formats = report.formats;
        this.charts = report.charts;
    }

    /** A page that would only say there are no notes is left out, with its line in the contents. */
    boolean hasSessionNotes() {
        return options.has(ReportSection.SESSION_NOTES) && !content.sessionNotes().isEmpty();
    }

    /** Weeks a candidate takes: as scheduled when it is in the plan, else studied alone at the goal's hours. */
    static long weeks(CandidateEvaluation c, BigDecimal weeklyHours) {
        return c.scheduleEntry().map(ScheduleEntry::weeks)
                .orElseGet(() -> Scheduler.weeksAlone(c.credential(), weeklyHours));
    }

    void addFact(List<String[]> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new String[] {text.get(key), clean(value)});
        }
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : clean(value);
    }

    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(clean(part));
            }
        }
        return String.join(separator, present);
    }

    /** User text without control characters (other than line breaks), which neither fonts nor XMP take. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp == '\n' || !Character.isISOControl(cp) ? cp : ' '));
        return out.toString().strip();
    }
}
