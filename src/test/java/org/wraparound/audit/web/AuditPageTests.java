package org.wraparound.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/** Staff read the audit log on a real page and as CSV; nobody else does; no filter input breaks it. */
@WraparoundTest
class AuditPageTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort
	int port;

	@Autowired
	AuditLog log;

	@Autowired
	AccountManagement accounts;

	@Test
	void staffSeeWhoDidWhatAndCanFilterByRecordAndPerson() {
		String member = accountId("member@wraparound.example");
		String circle = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		log.record(Actor.account(member), AuditAction.VIEWED, new RecordRef("circles", "circle", circle),
				"read the care plan");
		log.record(Actor.anonymous("typo@page.example"), AuditAction.SIGN_IN_FAILED,
				new RecordRef("circles", "circle", other), "wrong password");

		var staff = staff();
		String byRecord = staff.get("/staff/audit?module=circles&type=circle&id=" + circle).body();
		assertThat(byRecord).contains("Audit log", "Maria Tremblay", "Viewed", "read the care plan", circle)
			.doesNotContain("wrong password");

		String byOther = staff.get("/staff/audit?module=circles&id=" + other).body();
		assertThat(byOther).contains("Not signed in", "typo@page.example", "Sign-in failed", "wrong password")
			.doesNotContain("read the care plan");

		String byPerson = staff.get("/staff/audit?actor=" + member).body();
		assertThat(byPerson).contains("read the care plan").doesNotContain("wrong password");
		assertThat(HtmlChecker.errors(byPerson)).isEmpty();
	}

	@Test
	void datesAreReadInTorontoAndShownInUtc() {
		var page = staff().get("/staff/audit?from=2031-07-01&to=2031-07-02");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("2031-07-01 04:00 UTC", "2031-07-03 04:00 UTC", "No entries match");
	}

	@Test
	void theNewestPageLinksToOlderEntriesWhenThereAreMoreThanAHundred() {
		String id = UUID.randomUUID().toString();
		for (int i = 0; i < AuditController.PAGE_SIZE + 1; i++) {
			log.record(Actor.anonymous(null), AuditAction.VIEWED, new RecordRef("paging", "row", id), "entry " + i);
		}
		var staff = staff();
		String first = staff.get("/staff/audit?module=paging&id=" + id).body();
		assertThat(first).contains("Older entries").doesNotContain("Newer entries", "entry 0<");
		String olderHref = first.replaceAll("(?s).*<a href=\"([^\"]+)\" rel=\"next\">.*", "$1").replace("&amp;", "&");
		String second = staff.get(olderHref).body();
		assertThat(second).contains("entry 0<", "Newer entries").doesNotContain("Older entries", "entry 1<");
	}

	@Test
	void membersAndVisitorsCannotReadTheLog() {
		var member = new Visitor(port);
		member.signIn("member@wraparound.example", "wraparound-demo");
		assertThat(member.get("/staff/audit").status()).isEqualTo(403);
		assertThat(member.get("/staff/audit.csv").status()).isEqualTo(403);
		assertThat(new Visitor(port).get("/staff/audit").location()).endsWith("/signin");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			from   | not a date          | Enter a date like 2026-11-26
			from   | 2031-02-31          | Enter a date like 2026-11-26
			to     | 0000-01-01          | Enter a date like 2026-11-26
			actor  | <script>x</script>  | An account id has only letters
			module | <b>bold</b>         | Use only letters, digits, dots
			id     | a/b                 | Use only letters, digits and the signs
			type   | ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt | at most 60 characters
			""")
	void badFilterInputIsExplainedBesideTheField(String field, String value, String message) {
		var page = staff().get("/staff/audit?" + field + "=" + encode(value));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"" + field + "-error\"", message).doesNotContain("<b>bold", "<script>x");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsExplainedInTheReadersLanguage() {
		var staff = staff();
		var english = staff.get("/staff/audit?from=2031-07-02&to=2031-07-01");
		assertThat(english.body()).contains("id=\"to-error\"", "The end date must be the same as or after");
		var french = staff.get("/staff/audit?from=2031-07-02&to=2031-07-01&lang=fr");
		assertThat(french.body()).contains("La date de fin doit être la même");
		assertThat(HtmlChecker.errors(french.body())).isEmpty();
	}

	@Test
	void tenThousandCharactersAreExplainedBesideTheField() {
		var page = staff().get("/staff/audit?id=" + "x".repeat(10_000));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"id-error\"", "A record id has at most 64 characters.");
	}

	@Test
	void tenThousandCharactersOrHtmlNeverBreakThePage() {
		var staff = staff();
		for (String value : List.of("x".repeat(10_000), SCRIPT, "\u0000", "%00", "ż".repeat(300))) {
			for (String field : List.of("actor", "module", "type", "id", "from", "to", "before", "after")) {
				var page = staff.get("/staff/audit?" + field + "=" + encode(value));
				assertThat(page.status()).as("%s = %.20s", field, value).isLessThan(500);
				assertThat(page.body()).doesNotContain(SCRIPT);
				assertThat(staff.get("/staff/audit.csv?" + field + "=" + encode(value)).status()).isLessThan(500);
			}
		}
	}

	@Test
	void theCsvHasAHeaderTheRowsAndNoLiveFormulas() {
		String id = UUID.randomUUID().toString();
		log.record(Actor.anonymous("@SUM(A1)"), AuditAction.CHANGED, new RecordRef("csv", "sheet", id),
				"=HYPERLINK(\"http://evil.example\",\"click\")");
		log.record(Actor.account(accountId("staff@wraparound.example")), AuditAction.VIEWED,
				new RecordRef("csv", "sheet", id), "plain, with a comma");

		var csv = staff().get("/staff/audit.csv?module=csv&id=" + id);

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("utf-8");
		List<String> lines = Arrays.asList(csv.body().split("\r\n"));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
		assertThat(lines.get(1)).contains("\"Jordan Lee\"", "\"VIEWED\"", "\"plain, with a comma\"");
		assertThat(lines.get(2)).contains("\"'@SUM(A1)\"", "\"CHANGED\"",
				"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
	}

	@Test
	void csvFieldsAreQuotedAndFormulasDefused() {
		assertThat(AuditCsv.line("a", null, "say \"hi\"", "-1", "+1", "\tx", "ok=1")).isEqualTo(
				"\"a\",,\"say \"\"hi\"\"\",\"'-1\",\"'+1\",\"'\tx\",\"ok=1\"");
	}

	private Visitor staff() {
		var staff = new Visitor(port);
		staff.signIn("staff@wraparound.example", "wraparound-demo");
		return staff;
	}

	private String accountId(String email) {
		return accounts.findByEmail(email).orElseThrow().id().toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
