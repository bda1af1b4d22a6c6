package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;

/**
 * The periodic work of help requests, driven by the test clock on both databases: more occurrences of repeating
 * requests as time goes on, reminders sent once, unfilled requests announced once, and the jobs run by Quartz from
 * its JDBC store.
 */
@DatabaseTest
class HelpScheduleTests {

	@Autowired
	HelpRequests help;

	@Autowired
	RequestChanges changes;

	@Autowired
	RepeatingRequests repeats;

	@Autowired
	Reminders reminders;

	@Autowired
	UnfilledNotices unfilled;

	@Autowired
	Requests requests;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	CircleId circle;

	AccountId maria;

	AccountId sam;

	ZoneId zone;

	@BeforeEach
	void maggiesCircle() {
		circle = CircleId.parse(Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie")).orElseThrow();
		maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		zone = help.zoneOf(circle, maria).orElseThrow();
		reminders.choose(sam, 24);
		TestMail.clear();
	}

	@Test
	void aWeeklyRequestExistsEightWeeksAheadAndGrowsAsTimeGoesOn() {
		LocalDate first = LocalDate.now(clock.withZone(zone)).plusDays(1);
		RequestId id = post(first, 1, "Weekly soup " + UUID.randomUUID(),
				new Repeat(Repeat.Frequency.WEEKLY, null, null)).orElseThrow();
		UUID series = requests.find(id.value()).orElseThrow().series();
		assertThat(occurrences(series)).hasSizeBetween(8, 9).first().isEqualTo(first);
		assertThat(repeats.extendAll()).as("nothing is missing yet").isZero();

		clock.advance(Duration.ofDays(14));
		repeats.extendAll();
		List<LocalDate> days = occurrences(series);
		assertThat(days).hasSizeBetween(10, 11).allMatch(day -> day.getDayOfWeek() == first.getDayOfWeek());
		assertThat(repeats.extendAll()).as("a second run makes nothing twice").isZero();

		// A day cancelled alone is never made again.
		RequestId later = new RequestId(jdbc.sql("select id from helping_request where series_id = ? and occurs_on = ?")
			.params(series, days.get(5)).query(UUID.class).single());
		assertThat(changes.cancel(later, maria, "Family visiting that week")).isTrue();
		var copy = requests.find(later.value()).orElseThrow();
		assertThat(requests.insertOccurrence(new Requests.Row(UUID.randomUUID(), copy.community(), copy.circle(),
				copy.kind(), copy.startsAt(), copy.endsAt(), 1, 0, null, null, Requests.OPEN, maria, clock.instant(),
				RequestDetails.NONE, null, null, series, copy.occursOn(), null))).isFalse();
		assertThat(occurrences(series)).hasSize(days.size());

		// Stopping the series calls off that day and every later one, and no more are made.
		RequestId third = new RequestId(jdbc.sql("select id from helping_request where series_id = ? and occurs_on = ?")
			.params(series, days.get(2)).query(UUID.class).single());
		assertThat(changes.stopRepeating(third, maria, null)).isTrue();
		assertThat(jdbc.sql("select count(*) from helping_request where series_id = ? and status = 'OPEN'")
			.param(series).query(Long.class).single()).isEqualTo(2);
		clock.advance(Duration.ofDays(30));
		repeats.extendAll();
		assertThat(occurrences(series)).hasSize(days.size());
	}

	@Test
	void aReminderGoesOutOnceADayBeforeEvenWithTwoNodesAsking() throws Exception {
		RequestId id = post(LocalDate.now(clock.withZone(zone)).plusDays(3), 2, "Soup and a chat " + UUID.randomUUID(),
				null).orElseThrow();
		assertThat(help.claim(id, sam)).isEqualTo(ClaimResult.CLAIMED);
		assertThat(help.claim(id, maria)).isEqualTo(ClaimResult.CLAIMED);
		reminders.sendDue();
		assertThat(reminded(id)).isZero();

		clock.setTo(startOf(id).minus(Duration.ofHours(23)));
		CyclicBarrier together = new CyclicBarrier(2);
		var one = CompletableFuture.supplyAsync(() -> together(together, reminders::sendDue));
		var two = CompletableFuture.supplyAsync(() -> together(together, reminders::sendDue));
		one.get();
		two.get();
		assertThat(reminded(id)).isEqualTo(2);

		// Other tests' commitments may fall due at the same time: only this request's mails count here.
		var mail = TestMail.awaitMailTo("volunteer@wraparound.example", "/helping/requests/" + id);
		assertThat(mail.getSubject()).startsWith("Reminder: a meal with Maggie");
		assertThat(TestMail.text(mail)).contains("12 Willow Lane (made up)");
		reminders.sendDue();
		clock.advance(Duration.ofHours(2));
		reminders.sendDue();
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> mailsAbout(id, "volunteer@wraparound.example") == 1);
		assertThat(mailsAbout(id, "member@wraparound.example")).isEqualTo(1);
	}

	@Test
	void aHelperWhoChoseNoRemindersGetsNone() {
		RequestId id = post(LocalDate.now(clock.withZone(zone)).plusDays(3), 1, "Quiet visit " + UUID.randomUUID(),
				null).orElseThrow();
		help.claim(id, sam);
		assertThat(reminders.choose(sam, 7)).as("not one of the choices").isFalse();
		assertThat(reminders.choose(sam, 0)).isTrue();
		clock.setTo(startOf(id).minus(Duration.ofHours(3)));
		reminders.sendDue();
		assertThat(reminded(id)).isZero();
		reminders.choose(sam, 2);
		clock.advance(Duration.ofMinutes(90));
		reminders.sendDue();
		assertThat(reminded(id)).isEqualTo(1);
	}

	@Test
	void aRequestStillNeedingHelpersIsAnnouncedOnceToCoordinatorsAndChampions() {
		RequestId id = post(LocalDate.now(clock.withZone(zone)).plusDays(4), 2, "Garden help " + UUID.randomUUID(),
				null).orElseThrow();
		help.claim(id, sam);
		unfilled.announceDue();
		assertThat(noticed(id)).isFalse();

		clock.setTo(startOf(id).minus(Duration.ofHours(47)));
		unfilled.announceDue();
		assertThat(noticed(id)).isTrue();
		// Other requests starting soon (the demo's) are announced in the same run: wait for this one's.
		var toMaria = await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.receivedBy("member@wraparound.example")
			.stream().filter(mail -> TestMail.text(mail).contains("/helping/requests/" + id)).toList(),
				mails -> !mails.isEmpty());
		assertThat(toMaria).hasSize(1);
		assertThat(TestMail.text(toMaria.get(0))).contains("Maggie");
		var toClaire = TestMail.awaitMailTo("champion@wraparound.example", 1);
		assertThat(toClaire).allSatisfy(mail -> assertThat(TestMail.text(mail)).doesNotContain("Maggie"));
		assertThat(unfilled.announceDue()).as("each is announced once").isZero();
	}

	@Test
	void quartzKeepsTheJobsInTheDatabaseAndRunsThem() throws Exception {
		assertThat(jdbc.sql("select job_name from qrtz_job_details where job_group = 'helping' order by job_name")
			.query(String.class).list()).containsExactly("horizon", "reminders", "unfilled");
		RequestId id = post(LocalDate.now(clock.withZone(zone)).plusDays(3), 1, "Ride " + UUID.randomUUID(), null)
			.orElseThrow();
		help.claim(id, sam);
		clock.setTo(startOf(id).minus(Duration.ofHours(22)));
		scheduler.start();
		try {
			scheduler.triggerJob(new JobKey("reminders", "helping"));
			await().atMost(Duration.ofSeconds(30)).until(() -> reminded(id) == 1);
		}
		finally {
			scheduler.standby();
		}
		TestMail.awaitMailTo("volunteer@wraparound.example", "Reminder:");
	}

	@Test
	void helpersAreToldWhenARequestIsCalledOffAndThanked() throws Exception {
		RequestId id = post(LocalDate.now(clock.withZone(zone)).plusDays(2), 1, "Errand " + UUID.randomUUID(), null)
			.orElseThrow();
		help.claim(id, sam);
		assertThat(changes.cancel(id, sam, null)).as("only coordinators call off").isFalse();
		assertThat(changes.cancel(id, maria, "<b>no</b>")).as("plain text only").isFalse();
		assertThat(changes.cancel(id, maria, "She is staying with her daughter.")).isTrue();
		assertThat(changes.cancel(id, maria, null)).as("once").isFalse();
		var mail = TestMail.awaitMailTo("volunteer@wraparound.example", "She is staying with her daughter.");
		assertThat(mail.getSubject()).contains("Called off");
		assertThat(reminded(id)).isZero();
		clock.advance(Duration.ofDays(2));
		reminders.sendDue();
		assertThat(reminded(id)).as("no reminder for what was called off").isZero();
	}

	private java.util.Optional<RequestId> post(LocalDate day, int helpers, String notes, Repeat repeat) {
		return help.post(new PostHelpRequest(circle, maria, HelpKind.MEAL,
				day.atTime(LocalTime.of(12, 0)).atZone(zone).toInstant(),
				day.atTime(LocalTime.of(13, 0)).atZone(zone).toInstant(), helpers, notes, "12 Willow Lane (made up)",
				RequestDetails.NONE, repeat));
	}

	private static long mailsAbout(RequestId id, String address) {
		return TestMail.receivedBy(address).stream()
			.filter(message -> TestMail.text(message).contains("/helping/requests/" + id)).count();
	}

	private Instant startOf(RequestId id) {
		return requests.find(id.value()).orElseThrow().startsAt();
	}

	private List<LocalDate> occurrences(UUID series) {
		return jdbc.sql("select occurs_on from helping_request where series_id = ? order by occurs_on").param(series)
			.query(LocalDate.class).list();
	}

	private long reminded(RequestId id) {
		return jdbc.sql("select count(*) from helping_commitment where request_id = ? and reminded_at is not null")
			.param(id.value()).query(Long.class).single();
	}

	private boolean noticed(RequestId id) {
		return jdbc.sql("select unfilled_noticed_at from helping_request where id = ?").param(id.value())
			.query(Instant.class).optional().isPresent();
	}

	private static <T> T together(CyclicBarrier barrier, java.util.function.Supplier<T> work) {
		try {
			barrier.await();
		}
		catch (Exception interrupted) {
			throw new IllegalStateException(interrupted);
		}
		return work.get();
	}
}
