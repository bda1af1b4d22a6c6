package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.wraparound.Demo;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/**
 * A champion exports the asset map as CSV and imports one: the round trip keeps every field, formulas are
 * neutralized, a file with bad rows is refused whole with every bad row named by its line, a big file gets a message
 * beside the form.
 */
@WraparoundTest
class DirectoryCsvTests {

	static final String HEADER = String.join(",", EntriesCsv.HEADER);

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void anExportImportedIntoAnotherCommunityExportsTheSameAndFormulasAreNeutralized() {
		var claire = Maps.claire(accounts);
		var first = Maps.fresh(communities, accounts);
		directory.add(first.id(), claire, new EntryInput("=HYPERLINK(\"http://evil.example\",\"Click\")", "OTHER",
				"Line one, with a comma\nand \"quotes\"", "Épicerie à côté", "+1 705-555-0100", "a@b.example",
				"https://b.example/x?y=1", "Mon–Fri 9–5", "1 Main St, Maple Grove", "44.39", "-79.69",
				"English; Français", "@ramp", "Claire")).orElseThrow();
		directory.add(first.id(), claire, Maps.entry("Plain library", Category.LIBRARY, "", "", "", ""))
			.orElseThrow();

		var visitor = Demo.signedIn(port, Maps.CLAIRE);
		var download = visitor.download("/communities/" + first.slug() + "/directory/export.csv");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type").orElseThrow()).startsWith("text/csv");
		String csv = new String(download.body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"", "'+1 705-555-0100",
				"'@ramp", "'-79.69").doesNotContain(",=HYPERLINK", ",+1 705", ",@ramp");

		var second = Maps.fresh(communities, accounts);
		visitor.get("/communities/" + second.slug() + "/directory/import");
		var imported = visitor.upload("/communities/" + second.slug() + "/directory/import", "file", "map.csv",
				download.body());
		assertThat(imported.status()).as(imported.body()).isEqualTo(302);
		assertThat(directory.count(second.id())).isEqualTo(2);
		var again = visitor.download("/communities/" + second.slug() + "/directory/export.csv");
		assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo(csv);
		var entry = directory.search(second.id(), Search.all()).get(0).entry();
		assertThat(entry.name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
		assertThat(entry.phone()).isEqualTo("+1 705-555-0100");
		assertThat(entry.languages()).containsExactly("English", "Français");
	}

	@Test
	void aThousandRowsWithThreeBadOnesImportNothingAndNameEachBadLine() {
		var community = Maps.fresh(communities, accounts);
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		// the first row's description spans two lines, so every later row starts one line further down
		csv.append("First,LIBRARY,\"Two\nlines\",,,,,,,,,,,,\n");
		for (int row = 1; row < 1000; row++) {
			String category = row == 500 ? "SPACESHIP" : "MEALS_AND_FOOD";
			String email = row == 17 ? "nobody-at-all" : "row" + row + "@meals.example";
			String website = row == 999 ? "javascript:alert(1)" : "https://meals.example/" + row;
			csv.append("Meals ").append(row).append(',').append(category).append(",Hot meals,Repas chauds,")
				.append("705-555-0100,").append(email).append(',').append(website)
				.append(",Daily,1 Main St,44.39,-79.69,English; French,,Claire,2026-01-15\n");
		}
		var visitor = Demo.signedIn(port, Maps.CLAIRE);
		String path = "/communities/" + community.slug() + "/directory/import";
		visitor.get(path);
		var refused = visitor.upload(path, "file", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(200);
		// header on line 1, "First" on lines 2-3, row n on line n + 3
		assertThat(refused.body()).contains("Nothing was imported. 3 problems to fix", "Line 20:", "Line 503:",
				"Line 1002:", "Give an email address", "This is not one of the kinds we know.",
				"Give a web address starting with https:// or http://.");
		assertThat(directory.count(community.id())).isZero();

		String fixed = csv.toString().replace("nobody-at-all", "someone@meals.example").replace("SPACESHIP", "OTHER")
			.replace("javascript:alert(1)", "https://meals.example/last");
		var imported = visitor.upload(path, "file", "big.csv", fixed.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).isEqualTo(302);
		assertThat(directory.count(community.id())).isEqualTo(1000);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void anUploadPastWhatTheServerTakesGetsThe413PageNotA403() throws Exception {
		var community = Maps.fresh(communities, accounts);
		byte[] huge = new byte[62 * 1024 * 1024];
		mvc.perform(post("/communities/" + community.slug() + "/directory/import")
			.contentType("multipart/form-data; boundary=x").content(huge))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void aWrongFileGetsAClearMessageBesideTheForm() {
		var community = Maps.fresh(communities, accounts);
		var visitor = Demo.signedIn(port, Maps.CLAIRE);
		String path = "/communities/" + community.slug() + "/directory/import";
		visitor.get(path);

		byte[] big = new byte[(int) (2.5 * 1024 * 1024)];
		Arrays.fill(big, (byte) 'a');
		var tooBig = visitor.upload(path, "file", "big.csv", big);
		assertThat(tooBig.status()).isEqualTo(200);
		assertThat(tooBig.body()).contains("This file is larger than 2 MB", "type=\"file\"");

		byte[] latin1 = (HEADER + "\nCafé,OTHER,,,,,,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(visitor.upload(path, "file", "latin.csv", latin1).body()).contains("This file is not in UTF-8");
		assertThat(visitor.upload(path, "file", "cols.csv", "name,kind\nA,B\n".getBytes(StandardCharsets.UTF_8))
			.body()).contains("The first row does not name the expected columns");
		assertThat(visitor.upload(path, "file", "short.csv",
				(HEADER + "\nA,OTHER\n").getBytes(StandardCharsets.UTF_8)).body())
			.contains("Line 2:", "This row does not have 15 columns.");
		assertThat(visitor.upload(path, "file", "empty.csv", new byte[0]).body())
			.contains("Choose a CSV file to import.");
		assertThat(directory.count(community.id())).isZero();
	}
}
