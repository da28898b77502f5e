package io.upskillplanner.report.layout;

import org.apache.pdfbox.pdmodel.PDPage;

/** A heading that the table of contents and the bookmarks point to: level 0 or 1, its page and top. */
public record TocEntry(String title, int level, PDPage page, int pageNumber, float top) {
}
