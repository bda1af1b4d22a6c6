package org.wraparound.impact.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as CSV (UTF-8 with a byte order mark, so that spreadsheets read accents). A cell that a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
final class ImpactCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private ImpactCsv() {
	}

	static String write(Table table) {
		StringBuilder csv = new StringBuilder();
		line(csv, table.columns());
		table.rows().forEach(row -> line(csv, row));
		return csv.toString();
	}

	static ResponseEntity<byte[]> download(String text, String fileName) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(withBom);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(cells.stream().map(ImpactCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
