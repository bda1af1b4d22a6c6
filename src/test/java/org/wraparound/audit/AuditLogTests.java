package org.wraparound.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.DatabaseTest;

@DatabaseTest
class AuditLogTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditEntries entries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anEntryIsStoredAndReadBack() {
		RecordRef record = newRecord();
		String accountId = UUID.randomUUID().toString();
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

		log.record(Actor.account(accountId), AuditAction.VIEWED, record, "opened the profile");

		AuditEntry entry = only(record);
		assertThat(entry.actor()).isEqualTo(new Actor(accountId, null));
		assertThat(entry.action()).isEqualTo(AuditAction.VIEWED);
		assertThat(entry.record()).isEqualTo(record);
		assertThat(entry.detail()).isEqualTo("opened the profile");
		assertThat(entry.ip()).as("no HTTP request here").isNull();
		assertThat(entry.at()).isBetween(before, Instant.now());
	}

	@Test
	void theCurrentUserIsTheSignedInAccountOrAnonymous() {
		String accountId = UUID.randomUUID().toString();
		RecordRef record = newRecord();

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(accountId, null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
		log.recordForCurrentUser(AuditAction.CHANGED, record, "signed in");
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		log.recordForCurrentUser(AuditAction.VIEWED, record, "anonymous token");
		SecurityContextHolder.clearContext();
		log.recordForCurrentUser(AuditAction.VIEWED, record, "nobody");

		List<AuditEntry> found = trail.newest(byRecord(record), 10).entries();
		assertThat(found).extracting(entry -> entry.detail() + " by " + entry.actor().id())
			.containsExactlyInAnyOrder("signed in by " + accountId, "anonymous token by anonymous",
					"nobody by anonymous");
	}

	@Test
	void longValuesAreCutToSizeAndControlCharactersRemoved() {
		RecordRef record = new RecordRef("m".repeat(100), "t".repeat(100), "id-" + UUID.randomUUID() + "x".repeat(100));
		String label = "typed\u0000@example.com" + "é".repeat(1_000);
		String detail = "nul\u0000byte\u0007bell\ttab\nline" + "🌷".repeat(400);

		log.record(Actor.anonymous(label), AuditAction.SIGN_IN_FAILED, record, detail);

		AuditEntry entry = only(new RecordRef("m".repeat(40), "t".repeat(60), record.id().substring(0, 64)));
		assertThat(entry.actor().id()).isEqualTo("anonymous");
		assertThat(entry.actor().label()).hasSize(254).startsWith("typed@example.comé");
		assertThat(entry.detail()).startsWith("nulbytebell tab line🌷").hasSizeLessThanOrEqualTo(500)
			.hasSizeGreaterThan(497).doesNotContain("\u0000", "\u0007", "\t", "\n");
		assertThat(Character.isHighSurrogate(entry.detail().charAt(entry.detail().length() - 1))).isFalse();
	}

	@Test
	void anEntryIsKeptWhenWrittenFromAReadOnlyTransaction() {
		RecordRef record = newRecord();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult(status -> log.record(Actor.anonymous(null), AuditAction.VIEWED, record, null));

		assertThat(only(record).action()).isEqualTo(AuditAction.VIEWED);
	}

	@Test
	void anEntryIsKeptWhenTheCallerRollsBack() {
		RecordRef record = newRecord();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			log.record(Actor.anonymous(null), AuditAction.DELETED, record, "tried");
			status.setRollbackOnly();
		});

		assertThat(only(record).detail()).isEqualTo("tried");
	}

	@Test
	void anEntryIsWrittenWhileTheMainPoolGivesNoConnection() throws Exception {
		RecordRef record = newRecord();
		HikariPoolMXBean main = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		// As when every main connection is held by a thread waiting for a second one: asking the main pool now waits.
		main.suspendPool();
		try {
			writer.submit(() -> log.record(Actor.anonymous(null), AuditAction.VIEWED, record, "pool full"))
				.get(10, TimeUnit.SECONDS);
		}
		finally {
			main.resumePool();
			writer.shutdownNow();
		}
		assertThat(only(record).detail()).isEqualTo("pool full");
	}

	@Test
	void filtersByPersonRecordAndTime() {
		String module = "filter-" + UUID.randomUUID().toString().substring(0, 8);
		String ana = UUID.randomUUID().toString();
		String ben = UUID.randomUUID().toString();
		Instant noon = Instant.parse("2031-03-10T12:00:00Z");
		add(noon, ana, new RecordRef(module, "circle", "1"));
		add(noon.plusSeconds(60), ben, new RecordRef(module, "circle", "1"));
		add(noon.plusSeconds(3_600), ana, new RecordRef(module, "circle", "2"));
		add(noon.plus(2, ChronoUnit.DAYS), ana, new RecordRef(module, "member", "1"));

		assertThat(details(new AuditFilter(ana, module, null, null, null, null)))
			.containsExactly(noon.plus(2, ChronoUnit.DAYS), noon.plusSeconds(3_600), noon);
		assertThat(details(new AuditFilter(null, module, "circle", "1", null, null)))
			.containsExactly(noon.plusSeconds(60), noon);
		assertThat(details(new AuditFilter(null, module, null, null, noon.plusSeconds(60), noon.plusSeconds(3_600))))
			.as("from included, until excluded").containsExactly(noon.plusSeconds(60));
		assertThat(details(new AuditFilter(" " + ben + " ", module, "", null, null, null)))
			.as("blank parts mean any").containsExactly(noon.plusSeconds(60));
	}

	@Test
	void pagesGoOlderAndNewerWithoutLosingOrRepeatingAnEntry() {
		String module = "paging-" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.parse("2031-05-01T08:00:00Z");
		List<UUID> written = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			// pairs of entries at the same instant: the id tells them apart
			written.add(add(start.plusSeconds(i / 2), "someone", new RecordRef(module, "row", String.valueOf(i))));
		}
		AuditFilter filter = new AuditFilter(null, module, null, null, null, null);

		AuditPage first = trail.newest(filter, 10);
		AuditPage second = trail.olderThan(filter, first.older().orElseThrow(), 10);
		AuditPage third = trail.olderThan(filter, second.older().orElseThrow(), 10);

		assertThat(first.newer()).isEmpty();
		assertThat(third.entries()).hasSize(5);
		assertThat(third.older()).isEmpty();
		List<AuditEntry> all = new ArrayList<>(first.entries());
		all.addAll(second.entries());
		all.addAll(third.entries());
		assertThat(all).extracting(AuditEntry::id).containsExactlyInAnyOrderElementsOf(written);
		assertThat(all).extracting(AuditEntry::at).isSortedAccordingTo((a, b) -> b.compareTo(a));

		assertThat(trail.newerThan(filter, third.newer().orElseThrow(), 10).entries())
			.isEqualTo(second.entries());
		assertThat(trail.newerThan(filter, second.newer().orElseThrow(), 10)).isEqualTo(first);
	}

	@Test
	void aPositionSurvivesALinkAndNonsenseIsNoPosition() {
		var position = new AuditPage.Position(Instant.parse("2031-05-01T08:00:00.123456Z"), UUID.randomUUID());
		assertThat(AuditPage.Position.parse(position.token())).contains(position);
		assertThat(AuditPage.Position.parse("nonsense")).isEmpty();
		assertThat(AuditPage.Position.parse("12_")).isEmpty();
		assertThat(AuditPage.Position.parse(null)).isEmpty();
	}

	private List<Instant> details(AuditFilter filter) {
		return trail.newest(filter, 100).entries().stream().map(AuditEntry::at).toList();
	}

	private UUID add(Instant at, String actorId, RecordRef record) {
		UUID id = UUID.randomUUID();
		entries.add(new AuditEntry(id, at, Actor.account(actorId), AuditAction.VIEWED, record, "203.0.113.7", null));
		return id;
	}

	private AuditEntry only(RecordRef record) {
		List<AuditEntry> found = trail.newest(byRecord(record), 10).entries();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static AuditFilter byRecord(RecordRef record) {
		return new AuditFilter(null, record.module(), record.type(), record.id(), null, null);
	}

	private static RecordRef newRecord() {
		return new RecordRef("tests", "person", UUID.randomUUID().toString());
	}
}
