package io.upskillplanner.exchange.plan.file;

/** The schema's {@code sessionNote}. */
public record SessionNoteJson(String id, String createdAt, String updatedAt, String text) {
}
