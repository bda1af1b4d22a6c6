package org.wraparound.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/**
 * Training records: the courses a community offers (its champions say which are required before approval) and
 * the courses each volunteer completed, the community's own or outside ones by name and date. Champions of that
 * community keep them; a volunteer reads their own.
 */
@Service
public class VolunteerTraining {

	/** The longest course name kept. */
	public static final int MAX_NAME = 200;

	/** What became of a change. */
	public enum Change {
		DONE, DUPLICATE, UNKNOWN_COURSE, OUT_OF_REACH
	}

	private final Courses courses;
	private final Applications applications;
	private final CommunityManagement communities;
	private final AuditLog audit;
	private final Clock clock;

	VolunteerTraining(Courses courses, Applications applications, CommunityManagement communities, AuditLog audit,
			Clock clock) {
		this.courses = courses;
		this.applications = applications;
		this.communities = communities;
		this.audit = audit;
		this.clock = clock;
	}

	/** The community's courses, when {@code champion} champions it. */
	@Transactional(readOnly = true)
	public Optional<List<Course>> courses(CommunityId community, AccountId champion) {
		return communities.isChampion(champion, community) ? Optional.of(courses.of(community)) : Optional.empty();
	}

	/** Adds a course; a second course of the same name (in any case) is refused as a duplicate. */
	@Transactional
	public Change addCourse(CommunityId community, AccountId champion, String name, boolean required) {
		if (!communities.isChampion(champion, community) || !named(name)) {
			return Change.OUT_OF_REACH;
		}
		boolean added = courses.add(new Course(UUID.randomUUID(), community, name.strip(), required), clock.instant());
		return added ? Change.DONE : Change.DUPLICATE;
	}

	/** Makes a course required before approval, or no longer required. */
	@Transactional
	public Change require(CommunityId community, AccountId champion, UUID course, boolean required) {
		if (!communities.isChampion(champion, community)) {
			return Change.OUT_OF_REACH;
		}
		return courses.require(community, course, required) ? Change.DONE : Change.UNKNOWN_COURSE;
	}

	/** A volunteer's training as their community's champion sees it; the read is audited with the record. */
	@Transactional(readOnly = true)
	public Optional<List<TrainingRecord>> records(CommunityId community, UUID volunteer, AccountId champion) {
		return reachable(community, volunteer, champion).map(application -> courses.of(application.id()));
	}

	/** The required courses a volunteer has still to complete (none when out of reach). */
	@Transactional(readOnly = true)
	public List<Course> missing(CommunityId community, UUID volunteer, AccountId champion) {
		return reachable(community, volunteer, champion).map(application -> courses.missing(community, volunteer))
			.orElse(List.of());
	}

	/**
	 * Records a completed course: the community's own ({@code course}) or an outside one by name. A day in the
	 * future, or a course of another community, is refused.
	 */
	@Transactional
	public Change record(CommunityId community, UUID volunteer, AccountId champion, Optional<UUID> course,
			String outsideName, LocalDate completedOn) {
		var application = reachable(community, volunteer, champion);
		if (application.isEmpty() || completedOn == null || completedOn.isAfter(LocalDate.now(clock).plusDays(1))) {
			return Change.OUT_OF_REACH;
		}
		if (course.isPresent() && courses.find(community, course.get()).isEmpty()) {
			return Change.UNKNOWN_COURSE;
		}
		if (course.isEmpty() && !named(outsideName)) {
			return Change.UNKNOWN_COURSE;
		}
		courses.record(UUID.randomUUID(), volunteer, course.orElse(null), course.isPresent() ? null : outsideName.strip(),
				completedOn, champion, clock.instant());
		audited(champion, volunteer, "training recorded");
		return Change.DONE;
	}

	/** Removes a training record entered by mistake. */
	@Transactional
	public Change remove(CommunityId community, UUID volunteer, AccountId champion, UUID record) {
		if (reachable(community, volunteer, champion).isEmpty()) {
			return Change.OUT_OF_REACH;
		}
		if (!courses.remove(volunteer, record)) {
			return Change.UNKNOWN_COURSE;
		}
		audited(champion, volunteer, "training removed");
		return Change.DONE;
	}

	/** The signed-in volunteer's own training with one community. */
	@Transactional(readOnly = true)
	public List<TrainingRecord> mine(CommunityId community, AccountId volunteer) {
		return applications.find(community, volunteer).map(application -> courses.of(application.id()))
			.orElse(List.of());
	}

	private Optional<Application> reachable(CommunityId community, UUID volunteer, AccountId champion) {
		if (!communities.isChampion(champion, community)) {
			return Optional.empty();
		}
		return applications.find(volunteer).filter(application -> application.community().equals(community))
			.filter(application -> application.status() != VolunteerStatus.DRAFT);
	}

	private void audited(AccountId champion, UUID volunteer, String detail) {
		audit.record(Actor.account(champion.toString()), AuditAction.CHANGED,
				new RecordRef("volunteers", "volunteer", volunteer.toString()), detail);
	}

	private static boolean named(String name) {
		return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME;
	}
}
