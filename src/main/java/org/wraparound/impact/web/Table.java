package org.wraparound.impact.web;

import java.util.List;

/**
 * One table of a report, already in the reader's language: shown on the page (beside its chart when it has one),
 * in the PDF, and downloadable as CSV.
 *
 * @param id its name in addresses ({@code /impact/{slug}/{id}.csv}) and in the page
 * @param chart how its chart is drawn ({@code bar}, {@code column}), or blank for none
 * @param summary one line in plain words saying what it shows, or blank
 */
public record Table(String id, String caption, String chart, String summary, List<String> columns, List<List<String>> rows) {
}
