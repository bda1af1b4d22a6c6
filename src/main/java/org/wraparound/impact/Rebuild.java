package org.wraparound.impact;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.circles.CircleHistory;
import org.wraparound.communities.CharterHistory;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.HelpRecount;
import org.wraparound.stories.StoryHistory;
import org.wraparound.toolkit.SurveyHistory;
import org.wraparound.volunteers.VolunteerHistory;

/**
 * Recounts every fact from the source modules' facades, then every daily sum. Circles, referrals, volunteers,
 * stories, surveys and charter actions go through the same writes the events use; help requests, commitments and
 * hours entries, by far the most numerous, are read a page at a time and written in batches of the same rows (see
 * {@link Facts#replayRequests}). Events from before impact existed are never replayed, so this runs once on the first
 * start; staff may run it again. It holds every one of impact's locks for its whole transaction, so no event is
 * counted halfway through.
 */
@Component
class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	private final JdbcClient jdbc;
	private final Facts facts;
	private final DailySums sums;
	private final CircleHistory circles;
	private final HelpRecount help;
	private final VolunteerHistory volunteers;
	private final StoryHistory stories;
	private final SurveyHistory surveys;
	private final CharterHistory charter;
	private final Clock clock;

	private final CommunityManagement communities;

	Rebuild(JdbcClient jdbc, Facts facts, DailySums sums, CircleHistory circles, HelpRecount help,
			VolunteerHistory volunteers, StoryHistory stories, SurveyHistory surveys, CharterHistory charter,
			CommunityManagement communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.facts = facts;
		this.sums = sums;
		this.circles = circles;
		this.help = help;
		this.volunteers = volunteers;
		this.stories = stories;
		this.surveys = surveys;
		this.charter = charter;
		this.clock = clock;
	}

	/** Runs the rebuild when it never ran here; true when it did. */
	@Transactional
	public boolean ifNeverRun() {
		lockEverything();
		boolean never = jdbc.sql("select count(*) from impact_lock where id = 1 and rebuilt_at is null")
			.query(Long.class).single() == 1;
		if (never) {
			run();
		}
		return never;
	}

	/** Forgets every fact and recounts them all from the sources. */
	@Transactional
	public void run() {
		long began = System.nanoTime();
		lockEverything();
		for (String table : new String[] { "impact_day", "impact_circle", "impact_referral", "impact_request",
				"impact_commitment", "impact_volunteer", "impact_hours", "impact_event" }) {
			jdbc.sql("delete from " + table).update();
		}
		facts.recounting(true);
		try {
			replay();
		}
		finally {
			facts.recounting(false);
		}
		sums.recountAll();
		jdbc.sql("update impact_lock set rebuilt_at = ? where id = 1").params(Facts.utc(clock.instant())).update();
		log.info("Impact figures rebuilt from the source modules in {} ms: {} requests, {} commitments, {} hours entries, "
				+ "{} daily sums", (System.nanoTime() - began) / 1_000_000, count("impact_request"),
				count("impact_commitment"), count("impact_hours"), count("impact_day"));
	}

	private void lockEverything() {
		facts.lockEverything(communities.all().stream().map(community -> community.id().value()).toList());
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private void replay() {
		circles.circles().forEach(circle -> {
			var community = circle.community().value();
			facts.circleOpened(community, circle.circle().value(), circle.openedAt());
			circle.diedOn().ifPresent(day -> facts.personDied(community, circle.circle().value(), day, circle.openedAt()));
			circle.closedAt().ifPresent(at -> facts.circleClosed(community, circle.circle().value(), at));
		});
		circles.referrals().forEach(referral -> facts.referralReceived(referral.community().value(),
				referral.referral().value(), referral.source().name(),
				referral.domains().stream().map(Enum::name).toList(), referral.at()));
		help.eachPage(page -> facts.replayRequests(page));
		volunteers.applied().forEach(event -> facts.volunteerApplied(event.community().value(),
				event.volunteer().value(), event.at()));
		volunteers.approved().forEach(event -> facts.volunteerApproved(event.community().value(),
				event.volunteer().value(), event.at()));
		facts.replayHours(volunteers.approvedHours());
		stories.published().forEach(story -> facts.happened("story", story.community().value(), story.story().value(),
				story.at()));
		surveys.answers().forEach(answer -> facts.happened("survey", answer.community().value(), answer.response(),
				answer.at()));
		charter.done().forEach(done -> facts.happened("charter", done.community().value(), done.action(), done.at()));
	}
}
