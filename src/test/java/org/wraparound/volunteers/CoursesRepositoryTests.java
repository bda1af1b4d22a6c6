package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** Courses and training records as stored, on H2 and PostgreSQL. */
@DatabaseTest
class CoursesRepositoryTests {

	static final Instant NOW = Instant.parse("2031-03-02T15:00:00Z");

	@Autowired
	Courses courses;

	@Autowired
	Applications applications;

	@Test
	void requiredCoursesAreMissingUntilRecorded() {
		var community = new CommunityId(UUID.randomUUID());
		var champion = new AccountId(UUID.randomUUID());
		var orientation = new Course(UUID.randomUUID(), community, "Orientation", true);
		assertThat(courses.add(orientation, NOW)).isTrue();
		assertThat(courses.add(new Course(UUID.randomUUID(), community, "ORIENTATION", false), NOW))
			.as("same name in another case").isFalse();
		var grief = new Course(UUID.randomUUID(), community, "Grief basics", false);
		assertThat(courses.add(grief, NOW)).isTrue();
		assertThat(courses.add(new Course(UUID.randomUUID(), new CommunityId(UUID.randomUUID()), "Orientation", true),
				NOW)).as("another community may use the name").isTrue();
		assertThat(courses.of(community)).containsExactly(orientation, grief);

		UUID volunteer = UUID.randomUUID();
		applications.startDraft(volunteer, community, new AccountId(UUID.randomUUID()), NOW);
		assertThat(courses.missing(community, volunteer)).containsExactly(orientation);
		courses.record(UUID.randomUUID(), volunteer, null, "First aid", LocalDate.of(2030, 5, 1), champion, NOW);
		courses.record(UUID.randomUUID(), volunteer, orientation.id(), null, LocalDate.of(2031, 3, 1), champion, NOW);
		assertThat(courses.missing(community, volunteer)).isEmpty();
		assertThat(courses.of(volunteer)).extracting(TrainingRecord::name, TrainingRecord::course,
				TrainingRecord::completedOn)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Orientation", Optional.of(orientation.id()),
							LocalDate.of(2031, 3, 1)),
					org.assertj.core.groups.Tuple.tuple("First aid", Optional.empty(), LocalDate.of(2030, 5, 1)));

		assertThat(courses.require(community, grief.id(), true)).isTrue();
		assertThat(courses.require(new CommunityId(UUID.randomUUID()), grief.id(), false)).isFalse();
		assertThat(courses.missing(community, volunteer)).extracting(Course::name).containsExactly("Grief basics");
		UUID first = courses.of(volunteer).get(1).id();
		assertThat(courses.remove(UUID.randomUUID(), first)).as("another volunteer's record").isFalse();
		assertThat(courses.remove(volunteer, first)).isTrue();
		assertThat(courses.of(volunteer)).hasSize(1);
	}
}
