package io.upskillplanner.report;

import java.util.List;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Verification;

/**
 * The earned badges that bear on a goal, each with what checking it offline found. A badge whose
 * status list is online says so, since "Verified" alone would claim it was not revoked.
 */
final class EarnedBadgesSection {

    private final PageFlow flow;
    private final ReportText text;
    private final ReportFormats formats;

    EarnedBadgesSection(PageFlow flow, ReportText text, ReportFormats formats) {
        this.flow = flow;
        this.text = text;
        this.formats = formats;
    }

    void write(List<EarnedBadge> badges) {
        if (badges.isEmpty()) {
            return;
        }
        boolean anyUnchecked = badges.stream()
                .anyMatch(badge -> Verification.revocationUnchecked(badge.verificationDetail()));
        flow.ensure(110); // heading, explanation, table header and a first row stay together
        flow.subheading(text.get("badges.title"));
        // Above the table, so that a table that ends a page does not leave its explanation on the next.
        flow.paragraph(text.get(anyUnchecked ? "badges.explainRevocation" : "badges.explain"), Style.SMALL_MUTED);
        flow.moveDown(4);
        Table table = new Table(flow, List.of(
                Table.Column.left(text.get("badges.col.badge"), 44),
                Table.Column.left(text.get("badges.col.issued"), 18),
                Table.Column.left(text.get("badges.col.status"), 38)), Style.SMALL);
        for (EarnedBadge badge : badges) {
            String name = PdfReport.clean(badge.achievementName());
            if (badge.issuerName() != null && !badge.issuerName().isBlank()) {
                name = name + "\n" + PdfReport.clean(badge.issuerName());
            }
            String issued = badge.issuedOn() == null ? "–" : formats.date(badge.issuedOn().toLocalDate());
            Style status = Style.SMALL_BOLD.withColor(colorOf(badge.verification()));
            boolean unchecked = Verification.revocationUnchecked(badge.verificationDetail());
            table.row(List.of(Table.Cell.of(name), Table.Cell.of(issued),
                    unchecked ? Table.Cell.withNote(text.label(badge.verification()), status,
                            text.get("badges.revocationNotChecked"))
                            : Table.Cell.of(text.label(badge.verification()), status)));
        }
        table.end();
    }

    private static Rgb colorOf(Verification verification) {
        return switch (verification) {
            case VERIFIED -> Rgb.GOOD;
            case INVALID_SIGNATURE, EXPIRED, REVOKED -> Rgb.BAD;
            case NOT_VERIFIABLE_OFFLINE, NOT_YET_VALID -> Rgb.WARN;
        };
    }
}
