package io.upskillplanner.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.DoubleFunction;

import io.upskillplanner.report.chart.AxisScale;
import io.upskillplanner.report.layout.Canvas;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.report.layout.Rgb;
import io.upskillplanner.report.layout.Style;

/**
 * The report's charts, drawn as vector paths and text on the page (no images), so that they
 * print sharp, stay small, and keep their words selectable.
 */
public final class Charts {

    /** One bar: what it is, how long, what to print beside it, and whether it is part of the plan. */
    public record Bar(String label, double value, String valueLabel, boolean planned) {
    }

    /** One bar of a timeline. */
    public record Span(String label, LocalDate start, LocalDate finish, boolean completed) {
    }

    private static final float LABEL_WIDTH = 150;
    private static final float ROW = 15;
    private static final float BAR = 9;
    private static final Style LABEL = Style.SMALL;
    private static final Style AXIS = Style.TINY_MUTED;

    private final ReportText text;
    private final ReportFormats formats;

    /** Charts whose words and numbers are in the report's language. */
    public Charts(ReportText text, ReportFormats formats) {
        this.text = text;
        this.formats = formats;
    }

    /**
     * Horizontal bars from zero with an optional dashed reference line (a budget, the weeks to a
     * deadline) that bars beyond it are measured against.
     */
    public void bars(PageFlow flow, String title, List<Bar> bars, Double reference, String referenceLabel,
                     DoubleFunction<String> axisLabel) {
        float height = 80 + bars.size() * ROW;
        flow.ensure(height);
        chartTitle(flow, title);
        Canvas canvas = flow.canvas();
        float plotLeft = flow.left() + LABEL_WIDTH;
        float valueSpace = 58;
        float plotWidth = flow.width() - LABEL_WIDTH - valueSpace;
        double max = reference == null ? 0 : reference;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
        }
        AxisScale scale = AxisScale.of(max, 5);
        double axisMax = scale.upper();
        float top = flow.y() - 12;
        float plotBottom = top - bars.size() * ROW;

        for (double tick : scale.ticks()) {
            float x = plotLeft + (float) (tick / axisMax) * plotWidth;
            canvas.line(x, top, x, plotBottom, Rgb.RULE, 0.4f);
            canvas.textCentered(axisLabel.apply(tick), x, plotBottom - 9, AXIS);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float rowTop = top - i * ROW;
            float barY = rowTop - (ROW + BAR) / 2;
            canvas.text(flow.fit(bar.label(), LABEL, LABEL_WIDTH - 8), flow.left(), barY + 1.5f, LABEL);
            float w = (float) (bar.value() / axisMax) * plotWidth;
            Rgb color = bar.planned() ? Rgb.ACCENT : Rgb.ACCENT_LIGHT;
            if (w > 0) {
                canvas.fill(plotLeft, barY, Math.max(w, 0.8f), BAR, color);
            }
            canvas.text(bar.valueLabel(), plotLeft + w + 4, barY + 1.5f, Style.TINY_MUTED.withColor(Rgb.TEXT));
        }
        canvas.line(plotLeft, top, plotLeft, plotBottom, Rgb.MUTED, 0.6f);
        if (reference != null) {
            float x = plotLeft + (float) (reference / axisMax) * plotWidth;
            canvas.dashedLine(x, top + 4, x, plotBottom, Rgb.BAD, 1f);
            Style style = Style.TINY_MUTED.withColor(Rgb.BAD);
            float labelWidth = canvas.width(referenceLabel, style);
            float labelX = Math.min(x + 3, flow.right() - labelWidth);
            canvas.text(referenceLabel, labelX, top + 3, style);
        }
        legend(canvas, flow.left(), plotBottom - 22);
        flow.moveDown(top - plotBottom + 12 + 30);
    }

    /**
     * Recognition of each candidate in every industry, 0 to 5, as shades of one colour; the goal's
     * industry is framed, because recognition varies by industry.
     */
    public void recognition(PageFlow flow, String title, List<String> rows, List<String> industries, int[][] levels,
                            int goalColumn) {
        Style headerStyle = Style.TINY_MUTED.withSize(6.5f);
        float labelWidth = LABEL_WIDTH - 20;
        float cellsWidth = flow.width() - labelWidth;
        float cellWidth = cellsWidth / industries.size();
        int headerLines = 1;
        for (String industry : industries) {
            headerLines = Math.max(headerLines, flow.wrap(industry, headerStyle, cellWidth - 2).size());
        }
        float headerHeight = headerLines * headerStyle.leading() + 4;
        float height = 56 + headerHeight + rows.size() * ROW;
        flow.ensure(height);
        chartTitle(flow, title);
        Canvas canvas = flow.canvas();
        float top = flow.y() - 4;
        for (int c = 0; c < industries.size(); c++) {
            List<String> lines = flow.wrap(industries.get(c), c == goalColumn ? headerStyle.asBold() : headerStyle,
                    cellWidth - 2);
            float center = flow.left() + labelWidth + c * cellWidth + cellWidth / 2;
            float lineY = top - headerHeight + 4 + (lines.size() - 1) * headerStyle.leading();
            for (String line : lines) {
                canvas.textCentered(line, center, lineY, c == goalColumn
                        ? headerStyle.asBold().withColor(Rgb.TEXT) : headerStyle);
                lineY -= headerStyle.leading();
            }
        }
        float gridTop = top - headerHeight;
        for (int r = 0; r < rows.size(); r++) {
            float rowTop = gridTop - r * ROW;
            canvas.text(flow.fit(rows.get(r), LABEL, labelWidth - 8), flow.left(), rowTop - ROW + 4.5f, LABEL);
            for (int c = 0; c < industries.size(); c++) {
                int level = levels[r][c];
                float x = flow.left() + labelWidth + c * cellWidth;
                Rgb shade = level == 0 ? Rgb.WHITE : Rgb.ACCENT.lighter(0.9f - 0.18f * level);
                canvas.fill(x + 1, rowTop - ROW + 1, cellWidth - 2, ROW - 2, shade);
                Style levelStyle = level >= 3 ? Style.TINY_MUTED.withColor(Rgb.WHITE)
                        : Style.TINY_MUTED.withColor(Rgb.TEXT);
                canvas.textCentered(level == 0 ? "–" : Integer.toString(level), x + cellWidth / 2, rowTop - ROW + 5,
                        levelStyle);
            }
        }
        float gridBottom = gridTop - rows.size() * ROW;
        canvas.outline(flow.left() + labelWidth, gridBottom, cellsWidth, rows.size() * ROW, Rgb.RULE, 0.5f);
        if (goalColumn >= 0) {
            canvas.outline(flow.left() + labelWidth + goalColumn * cellWidth, gridBottom, cellWidth,
                    gridTop - gridBottom + headerHeight - 2, Rgb.BLACK, 1.2f);
        }
        canvas.text(text.get("chart.recognition.scale"), flow.left() + labelWidth, gridBottom - 11, AXIS);
        flow.moveDown(top - gridBottom + 4 + 24);
    }

    /** The plan's credentials on a calendar, with today and the deadline as vertical lines. */
    public void timeline(PageFlow flow, String title, List<Span> spans, LocalDate today, LocalDate deadline) {
        float height = 70 + Math.max(1, spans.size()) * ROW;
        flow.ensure(height);
        chartTitle(flow, title);
        Canvas canvas = flow.canvas();
        LocalDate from = today;
        LocalDate to = deadline == null ? today.plusMonths(1) : deadline;
        for (Span span : spans) {
            from = span.start().isBefore(from) ? span.start() : from;
            to = span.finish().isAfter(to) ? span.finish() : to;
        }
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        float plotLeft = flow.left() + LABEL_WIDTH;
        float plotWidth = flow.width() - LABEL_WIDTH - 4;
        float top = flow.y() - 14;
        float plotBottom = top - Math.max(1, spans.size()) * ROW;

        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        int everyMonths = months <= 8 ? 1 : months <= 18 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            float x = xOf(m.atDay(1), from, days, plotLeft, plotWidth);
            boolean labelled = (m.getMonthValue() - 1) % everyMonths == 0;
            canvas.line(x, top, x, plotBottom, Rgb.RULE, labelled ? 0.5f : 0.2f);
            String label = everyMonths == 12 ? Integer.toString(m.getYear()) : formats.month(m.atDay(1));
            if (labelled && x + 1.5f + canvas.width(label, AXIS) <= plotLeft + plotWidth) {
                canvas.text(label, x + 1.5f, plotBottom - 9, AXIS);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            float rowTop = top - i * ROW;
            float barY = rowTop - (ROW + BAR) / 2;
            canvas.text(flow.fit(span.label(), LABEL, LABEL_WIDTH - 8), flow.left(), barY + 1.5f, LABEL);
            float x1 = xOf(span.start(), from, days, plotLeft, plotWidth);
            float x2 = xOf(span.finish(), from, days, plotLeft, plotWidth);
            boolean late = deadline != null && span.finish().isAfter(deadline);
            Rgb color = span.completed() ? Rgb.GOOD : late ? Rgb.BAD : Rgb.ACCENT;
            if (span.completed()) {
                canvas.dot(x1, barY + BAR / 2, 3.2f, color);
            } else {
                canvas.fill(x1, barY, Math.max(1.5f, x2 - x1), BAR, color);
            }
        }
        canvas.line(plotLeft, plotBottom, plotLeft + plotWidth, plotBottom, Rgb.MUTED, 0.6f);
        float todayX = xOf(today, from, days, plotLeft, plotWidth);
        canvas.line(todayX, top + 2, todayX, plotBottom, Rgb.MUTED, 0.8f);
        String todayLabel = text.get("chart.timeline.today");
        if (deadline != null) {
            float deadlineX = xOf(deadline, from, days, plotLeft, plotWidth);
            canvas.dashedLine(deadlineX, top + 10, deadlineX, plotBottom, Rgb.BAD, 1.2f);
            String label = text.get("chart.timeline.deadline", formats.date(deadline));
            Style style = Style.TINY_MUTED.withColor(Rgb.BAD).asBold();
            float w = canvas.width(label, style);
            canvas.text(label, Math.max(plotLeft, Math.min(deadlineX - w / 2, flow.right() - w)), top + 12, style);
            if (Math.abs(deadlineX - todayX) < w / 2 + canvas.width(todayLabel, AXIS) + 6) {
                canvas.text(todayLabel, todayX + 2, top + 2, AXIS);
            } else {
                canvas.textCentered(todayLabel, todayX, top + 4, AXIS);
            }
        } else {
            canvas.textCentered(todayLabel, todayX, top + 4, AXIS);
        }
        flow.moveDown(top - plotBottom + 14 + 16);
    }

    private static float xOf(LocalDate date, LocalDate from, long days, float left, float width) {
        return left + (float) ChronoUnit.DAYS.between(from, date) / days * width;
    }

    private static void chartTitle(PageFlow flow, String title) {
        flow.moveDown(6 + Style.H3.size());
        flow.canvas().text(title, flow.left(), flow.y(), Style.H3);
        flow.moveDown(6);
    }

    private void legend(Canvas canvas, float x, float y) {
        canvas.fill(x, y, 8, 7, Rgb.ACCENT);
        String planned = text.get("chart.legend.planned");
        canvas.text(planned, x + 11, y + 0.5f, AXIS);
        float next = x + 11 + canvas.width(planned, AXIS) + 14;
        canvas.fill(next, y, 8, 7, Rgb.ACCENT_LIGHT);
        canvas.text(text.get("chart.legend.considered"), next + 11, y + 0.5f, AXIS);
    }
}
