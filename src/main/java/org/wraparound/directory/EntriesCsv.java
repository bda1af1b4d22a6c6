package org.wraparound.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The asset map as a CSV file (UTF-8, a header row, one entry per row, categories by code such as
 * {@code GRIEF_SUPPORT}, the date last checked as {@code 2026-05-31}), and back.
 */
final class EntriesCsv {

	static final List<String> HEADER = List.of("name", "category", "description_en", "description_fr", "phone",
			"email", "website", "hours", "address", "latitude", "longitude", "languages", "accessibility",
			"maintained_by", "last_checked");
	static final int MAX_ROWS = 5000;

	private EntriesCsv() {
	}

	/** Entries read from a file, or the problems that stop them all. */
	record Read(List<Entry> entries, List<RowProblem> problems) {
	}

	static String write(List<Entry> entries) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.line(HEADER));
		for (Entry entry : entries) {
			csv.append(Csv.line(List.of(entry.name(), entry.category().name(), entry.descriptionEn(),
					entry.descriptionFr(), entry.phone(), entry.email(), entry.website(), entry.hours(),
					entry.address(), entry.point().map(point -> String.valueOf(point.latitude())).orElse(""),
					entry.point().map(point -> String.valueOf(point.longitude())).orElse(""),
					String.join("; ", entry.languages()), entry.accessibility(), entry.maintainedBy(),
					entry.checkedAt().atZone(ZoneOffset.UTC).toLocalDate().toString())));
		}
		return csv.toString();
	}

	static Read read(byte[] bytes, Instant now) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return refused(new RowProblem(0, "", "directory.import.encoding"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Csv.Row> rows;
		try {
			rows = Csv.read(text);
		}
		catch (Csv.Malformed malformed) {
			return refused(new RowProblem(malformed.line(), "", "directory.import.quote"));
		}
		if (rows.size() < 2) {
			return refused(new RowProblem(0, "", "directory.import.empty"));
		}
		List<String> header = rows.get(0).cells().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		if (!header.equals(HEADER)) {
			return refused(new RowProblem(rows.get(0).line(), "", "directory.import.header"));
		}
		if (rows.size() - 1 > MAX_ROWS) {
			return refused(new RowProblem(0, "", "directory.import.too-many"));
		}
		List<Entry> entries = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (Csv.Row row : rows.subList(1, rows.size())) {
			if (row.cells().size() != HEADER.size()) {
				problems.add(new RowProblem(row.line(), "", "directory.import.columns"));
				continue;
			}
			List<String> cells = row.cells().stream().map(Csv::unescape).toList();
			EntryInput input = new EntryInput(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
					cells.get(5), cells.get(6), cells.get(7), cells.get(8), cells.get(9), cells.get(10), cells.get(11),
					cells.get(12), cells.get(13));
			Map<String, String> wrong = input.problems();
			wrong.forEach((field, reason) -> problems.add(new RowProblem(row.line(), field, reason)));
			String checked = cells.get(14).strip();
			Instant checkedAt = now;
			if (!checked.isEmpty()) {
				try {
					checkedAt = LocalDate.parse(checked).atStartOfDay(ZoneOffset.UTC).toInstant();
					if (checkedAt.isAfter(now)) {
						problems.add(new RowProblem(row.line(), "lastChecked", "directory.import.checked.future"));
					}
				}
				catch (DateTimeParseException notADate) {
					problems.add(new RowProblem(row.line(), "lastChecked", "directory.import.checked.invalid"));
				}
			}
			if (problems.isEmpty()) {
				entries.add(input.toEntry(new EntryId(UUID.randomUUID()), checkedAt));
			}
		}
		return problems.isEmpty() ? new Read(entries, List.of()) : new Read(List.of(), List.copyOf(problems));
	}

	private static Read refused(RowProblem problem) {
		return new Read(List.of(), List.of(problem));
	}
}
