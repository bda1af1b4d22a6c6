package org.wraparound.helping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleSummary;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * A week of help requests in Marguerite's circle: meals, a ride to the clinic, visits and a call, some with Sam
 * or Maria already coming, some still needing someone; and a supper every Tuesday, the first one Sam's. Loading again adds nothing.
 */
@Component
@ConditionalOnDemoData
@Order(40)
class DemoHelp implements ApplicationRunner {

	private final HelpRequests help;
	private final Requests requests;
	private final CircleManagement circles;
	private final AccountManagement accounts;
	private final Clock clock;

	DemoHelp(HelpRequests help, Requests requests, CircleManagement circles, AccountManagement accounts,
			Clock clock) {
		this.help = help;
		this.requests = requests;
		this.circles = circles;
		this.accounts = accounts;
		this.clock = clock;
	}

	// Not one transaction: each claim runs in a transaction of its own, which must see the request already posted.
	@Override
	public void run(ApplicationArguments args) {
		var maria = accounts.findByEmail("member@wraparound.example");
		var sam = accounts.findByEmail("volunteer@wraparound.example");
		if (maria.isEmpty() || sam.isEmpty()) {
			return;
		}
		AccountId coordinator = maria.get().id();
		circles.circlesOf(coordinator).stream().filter(circle -> circle.personName().equals("Maggie"))
			.map(CircleSummary::id).findFirst()
			.filter(circle -> requests.countIn(circle.value()) == 0)
			.ifPresent(circle -> {
				ZoneId zone = help.zoneOf(circle, coordinator).orElseThrow();
				LocalDate today = LocalDate.now(clock.withZone(zone));
				record Demo(int day, HelpKind kind, int from, int until, int helpers, String notes, AccountId who) {
				}
				AccountId samId = sam.get().id();
				for (Demo demo : new Demo[] {
						new Demo(1, HelpKind.MEAL, 17, 18, 1, "No salt, please. She likes soup.", samId),
						new Demo(2, HelpKind.RIDE, 9, 12, 1, "Clinic at 10:00. She uses a walker.", null),
						new Demo(3, HelpKind.VISIT, 14, 16, 2, "Afternoons are best. She loves to talk gardening.",
								coordinator),
						new Demo(4, HelpKind.MEAL, 17, 18, 1, "No salt, please.", null),
						new Demo(5, HelpKind.CALL, 10, 11, 1, null, samId),
						new Demo(7, HelpKind.ERRAND, 11, 12, 1, "Pharmacy pick-up; the order is ready.", null) }) {
					LocalDate day = today.plusDays(demo.day());
					help.post(new PostHelpRequest(circle, coordinator, demo.kind(),
							day.atTime(LocalTime.of(demo.from(), 0)).atZone(zone).toInstant(),
							day.atTime(LocalTime.of(demo.until(), 0)).atZone(zone).toInstant(), demo.helpers(),
							demo.notes(), "12 Willow Lane (made up)"))
						.filter(id -> demo.who() != null)
						.ifPresent(id -> help.claim(id, demo.who()));
				}
				// Every Tuesday, a supper; Sam brings the first one.
				LocalDate tuesday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
				help.post(new PostHelpRequest(circle, coordinator, HelpKind.MEAL,
						tuesday.atTime(LocalTime.of(17, 30)).atZone(zone).toInstant(),
						tuesday.atTime(LocalTime.of(18, 30)).atZone(zone).toInstant(), 1,
						"Tuesday supper for Maggie and her husband.", "12 Willow Lane (made up)",
						new RequestDetails("Soft food, no salt", "Shellfish", 2, null, null, false, null, false),
						new Repeat(Repeat.Frequency.WEEKLY, null, null)))
					.ifPresent(id -> help.claim(id, samId));
			});
	}
}
