package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Reading and writing CSV cells: quotes, line breaks, and formulas neutralized on the way out. */
class CsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"click\")", "+1 705-555-0100", "-2+3", "@SUM(A1)",
			"\tTabbed", "\rReturn" })
	void aCellThatCouldRunAsAFormulaGetsALeadingApostropheAndReadsBackAsTyped(String value) throws Exception {
		String line = Csv.line(List.of(value, "plain"));
		List<Csv.Row> rows = Csv.read(line);
		String cell = rows.get(0).cells().get(0);
		assertThat(cell).startsWith("'").isEqualTo("'" + value);
		assertThat(Csv.unescape(cell)).isEqualTo(value);
	}

	@Test
	void quotedCellsKeepCommasQuotesAndLineBreaksAndRowsKnowTheirLine() throws Exception {
		String text = "a,b\r\n\"one, two\",\"say \"\"hi\"\"\nthen bye\"\r\nlast,row\n";
		List<Csv.Row> rows = Csv.read(text);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()).containsExactly("one, two", "say \"hi\"\nthen bye");
		assertThat(rows.get(1).line()).isEqualTo(2);
		assertThat(rows.get(2).line()).isEqualTo(4);
		assertThat(Csv.unescape("'plain")).isEqualTo("'plain");
	}

	@Test
	void aQuoteNeverClosedIsReportedWhereItOpened() {
		assertThatThrownBy(() -> Csv.read("a,b\nc,\"open\nd,e\n")).isInstanceOfSatisfying(Csv.Malformed.class,
				malformed -> assertThat(malformed.line()).isEqualTo(2));
	}
}
