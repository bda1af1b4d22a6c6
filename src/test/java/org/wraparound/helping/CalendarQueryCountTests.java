package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;

/**
 * A calendar month and a helper's commitments page cost the same number of SQL statements with 2 requests as with
 * 20 (no query per request). Counted with H2's own statement statistics (commits aside), so this runs on H2 only;
 * the figures with a million requests on PostgreSQL are in docs/performance.md.
 */
@WraparoundTest
@DisabledIfSystemProperty(named = "wraparound.test.database", matches = "postgresql")
class CalendarQueryCountTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HelpRequests help;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Test
	void aMonthCostsAFixedNumberOfStatementsHoweverManyRequestsItHolds() {
		String circle = Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
		AccountId sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		for (int day = 1; day <= 2; day++) {
			post(circle, LocalDateTime.of(2034, 2, day, 10, 0));
		}
		for (int day = 1; day <= 20; day++) {
			RequestId id = post(circle, LocalDateTime.of(2034, 3, day, 10, 0));
			if (day % 2 == 0) {
				help.claim(id, sam);
			}
		}
		var visitor = Demo.signedIn(port, "volunteer@wraparound.example");
		String month = "/helping/circles/" + circle + "/month?month=";
		visitor.get(month + "2034-01");

		long few = statements(visitor, month + "2034-02", "2034-02-02");
		long many = statements(visitor, month + "2034-03", "2034-03-20");
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(15);
		assertThat(statements(visitor, "/helping/circles/" + circle + "/week?week=2034-03-02", "2034-03-02"))
			.isEqualTo(statements(visitor, "/helping/circles/" + circle + "/week?week=2034-03-09", "2034-03-09"));
	}

	@Test
	void aHelpersCommitmentsPageCostsTheSameWithTwoOrTwentyOfThem() {
		String circle = Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
		AccountId sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		for (int day = 1; day <= 2; day++) {
			help.claim(post(circle, LocalDateTime.of(2035, 5, day, 10, 0)), sam);
		}
		var visitor = Demo.signedIn(port, "volunteer@wraparound.example");
		visitor.get("/helping/mine");
		long before = statements(visitor, "/helping/mine", "2035-05-02");
		for (int day = 3; day <= 20; day++) {
			help.claim(post(circle, LocalDateTime.of(2035, 5, day, 10, 0)), sam);
		}
		assertThat(statements(visitor, "/helping/mine", "2035-05-20")).isEqualTo(before);
	}

	/** The statements run while the page renders (minus the event registry's, whose scheduler may run any time). */
	private long statements(Visitor visitor, String path, String mustShow) {
		// Listeners of other modules (matching offers each request posted) run after the posts; let them finish, so
		// that only the page's own statements are counted.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and (status is null or status <> 'FAILED')""").query(Long.class).single() == 0);
		jdbc.sql("set query_statistics_max_entries 10000").update();
		jdbc.sql("set query_statistics true").update();
		Map<String, Long> before = counts();
		var page = visitor.get(path);
		Map<String, Long> after = counts();
		jdbc.sql("set query_statistics false").update();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(mustShow);
		long total = 0;
		for (var entry : after.entrySet()) {
			String sql = entry.getKey().toLowerCase();
			if (!sql.contains("query_statistics") && !sql.contains("event_publication") && !sql.equals("commit")) {
				total += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
			}
		}
		return total;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics")
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private RequestId post(String circle, LocalDateTime start) {
		AccountId maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		Instant from = start.atZone(TORONTO).toInstant();
		return help.post(new PostHelpRequest(new CircleId(UUID.fromString(circle)), maria, HelpKind.MEAL, from,
				from.plusSeconds(3600), 1, null, null)).orElseThrow();
	}
}
