package org.wraparound.volunteers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** A community's courses and the training its volunteers completed. */
@Repository
class Courses {

	private final JdbcClient jdbc;

	Courses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Course> of(CommunityId community) {
		return jdbc.sql("select id, community_id, name, required from volunteers_course where community_id = ? "
				+ "order by required desc, lower(name), id")
			.param(community.value()).query(Courses::course).list();
	}

	Optional<Course> find(CommunityId community, UUID id) {
		return jdbc.sql("select id, community_id, name, required from volunteers_course where community_id = ? and id = ?")
			.params(community.value(), id).query(Courses::course).optional();
	}

	/** Adds a course unless the community has one of that name (in any case); true when added. */
	boolean add(Course course, Instant at) {
		return jdbc.sql("""
				insert into volunteers_course (id, community_id, name, required, created_at)
				select ?, ?, ?, ?, ?
				where not exists (select 1 from volunteers_course where community_id = ? and lower(name) = lower(?))""")
			.params(course.id(), course.community().value(), course.name(), course.required(), Applications.utc(at),
					course.community().value(), course.name())
			.update() == 1;
	}

	boolean require(CommunityId community, UUID id, boolean required) {
		return jdbc.sql("update volunteers_course set required = ? where community_id = ? and id = ?")
			.params(required, community.value(), id).update() == 1;
	}

	List<TrainingRecord> of(UUID volunteer) {
		return jdbc.sql("""
				select t.id, t.course_id, coalesce(c.name, t.outside_name) as name, t.completed_on
				from volunteers_training t left join volunteers_course c on c.id = t.course_id
				where t.volunteer_id = ? order by t.completed_on desc, t.id""")
			.param(volunteer).query(Courses::record).list();
	}

	/** The community's required courses this volunteer has not completed. */
	List<Course> missing(CommunityId community, UUID volunteer) {
		return jdbc.sql("""
				select c.id, c.community_id, c.name, c.required from volunteers_course c
				where c.community_id = ? and c.required
				and not exists (select 1 from volunteers_training t where t.volunteer_id = ? and t.course_id = c.id)
				order by lower(c.name), c.id""")
			.params(community.value(), volunteer).query(Courses::course).list();
	}

	void record(UUID id, UUID volunteer, UUID course, String outsideName, LocalDate completedOn, AccountId by,
			Instant at) {
		jdbc.sql("""
				insert into volunteers_training (id, volunteer_id, course_id, outside_name, completed_on, recorded_by,
				recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, volunteer, course, outsideName, completedOn, by.value(), Applications.utc(at)).update();
	}

	boolean remove(UUID volunteer, UUID record) {
		return jdbc.sql("delete from volunteers_training where volunteer_id = ? and id = ?").params(volunteer, record)
			.update() == 1;
	}

	private static Course course(ResultSet rs, int row) throws SQLException {
		return new Course(rs.getObject("id", UUID.class), new CommunityId(rs.getObject("community_id", UUID.class)),
				rs.getString("name"), rs.getBoolean("required"));
	}

	private static TrainingRecord record(ResultSet rs, int row) throws SQLException {
		return new TrainingRecord(rs.getObject("id", UUID.class),
				Optional.ofNullable(rs.getObject("course_id", UUID.class)), rs.getString("name"),
				rs.getObject("completed_on", LocalDate.class));
	}
}
