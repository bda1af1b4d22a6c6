package org.wraparound.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as spreadsheets write them (RFC 4180): quoted cells may hold commas, quotes (doubled) and
 * line breaks. Cells that a spreadsheet would run as a formula are written with a leading apostrophe, and read back
 * without it.
 */
final class Csv {

	private Csv() {
	}

	/** One record and the line of the file it starts on (counting from 1). */
	record Row(int line, List<String> cells) {
	}

	/** Thrown for a quote that is never closed. */
	static final class Malformed extends Exception {

		private final int line;

		Malformed(int line) {
			super("Unclosed quote from line " + line);
			this.line = line;
		}

		int line() {
			return line;
		}
	}

	static List<Row> read(String text) throws Malformed {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int line = 1;
		int rowLine = 1;
		int quoteLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
				any = true;
				quoteLine = line;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (any || !cell.isEmpty()) {
					cells.add(cell.toString());
					rows.add(new Row(rowLine, List.copyOf(cells)));
				}
				cells.clear();
				cell.setLength(0);
				any = false;
				line++;
				rowLine = line;
			}
			else {
				cell.append(c);
				any = true;
			}
		}
		if (quoted) {
			throw new Malformed(quoteLine);
		}
		if (any || !cell.isEmpty()) {
			cells.add(cell.toString());
			rows.add(new Row(rowLine, List.copyOf(cells)));
		}
		return rows;
	}

	/** A cell as read: the apostrophe that neutralized a formula on export is taken off again. */
	static String unescape(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.charAt(1)) ? cell.substring(1) : cell;
	}

	/** A line of cells, each quoted where needed, each that could start a formula neutralized. */
	static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One cell: a leading = + - @ tab or carriage return gets an apostrophe, then quotes where needed. */
	static String cell(String value) {
		String safe = !value.isEmpty() && risky(value.charAt(0)) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private static boolean risky(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
