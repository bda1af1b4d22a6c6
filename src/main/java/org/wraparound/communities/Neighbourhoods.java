package org.wraparound.communities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The neighbourhoods of each community. Every change names the community, so one community's id opens no other's. */
@Component
class Neighbourhoods {

	private final JdbcClient jdbc;

	Neighbourhoods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Neighbourhood> of(CommunityId community) {
		return jdbc.sql("""
				select id, name, latitude, longitude from communities_neighbourhood
				where community_id = ? order by lower(name), id""")
			.param(community.value())
			.query((rs, n) -> new Neighbourhood(new NeighbourhoodId(rs.getObject("id", UUID.class)),
					rs.getString("name"), rs.getDouble("latitude"), rs.getDouble("longitude")))
			.list();
	}

	NeighbourhoodId add(CommunityId community, PlaceName place, Instant now) {
		var id = new NeighbourhoodId(UUID.randomUUID());
		jdbc.sql("""
				insert into communities_neighbourhood (id, community_id, name, latitude, longitude, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), community.value(), place.name(), place.latitude(), place.longitude(),
					Timestamp.from(now))
			.update();
		return id;
	}

	boolean change(CommunityId community, NeighbourhoodId id, PlaceName place) {
		return jdbc.sql("""
				update communities_neighbourhood set name = ?, latitude = ?, longitude = ?
				where id = ? and community_id = ?""")
			.params(place.name(), place.latitude(), place.longitude(), id.value(), community.value())
			.update() == 1;
	}

	boolean remove(CommunityId community, NeighbourhoodId id) {
		return jdbc.sql("delete from communities_neighbourhood where id = ? and community_id = ?")
			.params(id.value(), community.value())
			.update() == 1;
	}

	/** Whether another neighbourhood of the community already has this name, whatever the case. */
	boolean nameTaken(CommunityId community, String name, NeighbourhoodId except) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return of(community).stream().anyMatch(neighbourhood -> !neighbourhood.id().equals(except)
				&& neighbourhood.name().toLowerCase(Locale.ROOT).equals(wanted));
	}
}
