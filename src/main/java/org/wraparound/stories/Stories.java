package org.wraparound.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** The stories, their consents and photos, in {@code stories_story}, {@code stories_consent}, {@code stories_photo}. */
@Repository
class Stories {

	private static final String COLUMNS = "id, author_id, community_id, title, body, language, theme, status, note, "
			+ "photo_id, photo_alt, featured, submitted_at, published_at";

	private final JdbcClient jdbc;

	Stories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoryId id, SubmitStory story, Optional<UUID> photo, Instant now) {
		jdbc.sql("""
				insert into stories_story (id, author_id, community_id, title, body, language, theme, status,
				    photo_id, photo_alt, consent_confirmed, featured, submitted_at, updated_at)
				values (:id, :author, :community, :title, :body, :language, :theme, 'SUBMITTED', :photo, :alt, true,
				    false, :now, :now)""")
			.param("id", id.value()).param("author", story.author().value())
			.param("community", story.community().value()).param("title", story.title()).param("body", story.body())
			.param("language", story.language().code()).param("theme", story.theme().name())
			.param("photo", photo.orElse(null)).param("alt", photo.isPresent() ? story.photoAlt() : null)
			.param("now", Timestamp.from(now)).update();
		replaceConsents(id, story.consents());
	}

	/** The author's new version of a story sent back to them: in the queue again. */
	void revise(StoryId id, SubmitStory story, Optional<UUID> photo, Instant now) {
		jdbc.sql("""
				update stories_story set community_id = :community, title = :title, body = :body,
				    language = :language, theme = :theme, status = 'SUBMITTED', note = null,
				    updated_at = :now, submitted_at = :now where id = :id""")
			.param("id", id.value()).param("community", story.community().value()).param("title", story.title())
			.param("body", story.body()).param("language", story.language().code())
			.param("theme", story.theme().name()).param("now", Timestamp.from(now)).update();
		photo.ifPresent(photoId -> jdbc.sql("update stories_story set photo_id = ? where id = ?")
			.params(photoId, id.value()).update());
		jdbc.sql("update stories_story set photo_alt = case when photo_id is null then null else ? end where id = ?")
			.params(story.photoAlt(), id.value()).update();
		replaceConsents(id, story.consents());
	}

	private void replaceConsents(StoryId id, List<Consent> consents) {
		jdbc.sql("delete from stories_consent where story_id = ?").param(id.value()).update();
		for (int i = 0; i < consents.size(); i++) {
			Consent consent = consents.get(i);
			jdbc.sql("""
					insert into stories_consent (id, story_id, position, person, given_how, given_on)
					values (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), id.value(), i, consent.person(), consent.way().name(), consent.givenOn())
				.update();
		}
	}

	void edit(StoryId id, StoryEdit edit, Instant now) {
		jdbc.sql("""
				update stories_story set title = :title, body = :body, language = :language, theme = :theme,
				    photo_alt = case when photo_id is null then null else :alt end, updated_at = :now where id = :id""")
			.param("id", id.value()).param("title", edit.title()).param("body", edit.body())
			.param("language", edit.language().code()).param("theme", edit.theme().name())
			.param("alt", edit.photoAlt()).param("now", Timestamp.from(now)).update();
	}

	/** Moves a story on from one of {@code from}, once: false when it was not there (someone else got there first). */
	boolean move(StoryId id, List<StoryStatus> from, StoryStatus to, String note, Instant now) {
		return jdbc.sql("""
				update stories_story set status = :to, note = :note, updated_at = :now,
				    published_at = case when :to = 'PUBLISHED' then :now else published_at end,
				    featured = case when :to = 'PUBLISHED' then featured else false end
				where id = :id and status in (:from)""")
			.param("id", id.value()).param("to", to.name()).param("note", note).param("now", Timestamp.from(now))
			.param("from", from.stream().map(Enum::name).toList()).update() == 1;
	}

	/** Features one published story, and no other. */
	boolean feature(StoryId id) {
		if (jdbc.sql("select count(*) from stories_story where id = ? and status = 'PUBLISHED'").param(id.value())
			.query(Integer.class).single() == 0) {
			return false;
		}
		jdbc.sql("update stories_story set featured = false where featured = true and id <> ?").param(id.value()).update();
		jdbc.sql("update stories_story set featured = true where id = ?").param(id.value()).update();
		return true;
	}

	void unfeature(StoryId id) {
		jdbc.sql("update stories_story set featured = false where id = ?").param(id.value()).update();
	}

	Optional<StoryView> find(StoryId id) {
		return jdbc.sql("select " + COLUMNS + " from stories_story where id = ?").param(id.value())
			.query(this::view).optional();
	}

	Optional<StoryView> featured() {
		return jdbc.sql("select " + COLUMNS + " from stories_story where featured = true and status = 'PUBLISHED' "
				+ "order by published_at desc").query(this::view).stream().findFirst();
	}

	List<StoryView> withStatus(List<StoryStatus> statuses) {
		return jdbc.sql("select " + COLUMNS + " from stories_story where status in (:statuses) order by submitted_at")
			.param("statuses", statuses.stream().map(Enum::name).toList()).query(this::view).list();
	}

	List<StoryView> byAuthor(AccountId author) {
		return jdbc.sql("select " + COLUMNS + " from stories_story where author_id = ? order by submitted_at desc")
			.param(author.value()).query(this::view).list();
	}

	/** Published stories, newest first, as filtered. */
	List<StoryView> published(StoryFilter filter, int limit) {
		var sql = new StringBuilder("select " + COLUMNS + " from stories_story where status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		filter.theme().ifPresent(theme -> {
			sql.append(" and theme = ?");
			params.add(theme.name());
		});
		filter.community().ifPresent(community -> {
			sql.append(" and community_id = ?");
			params.add(community.value());
		});
		filter.language().ifPresent(language -> {
			sql.append(" and language = ?");
			params.add(language.code());
		});
		sql.append(" order by published_at desc, id fetch first ").append(limit).append(" rows only");
		return jdbc.sql(sql.toString()).params(params).query(this::view).list();
	}

	void insertPhoto(UUID id, Photo photo, Instant now) {
		jdbc.sql("insert into stories_photo (id, content_type, width, height, bytes, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, photo.contentType(), photo.width(), photo.height(), photo.bytes(), Timestamp.from(now))
			.update();
	}

	Optional<Photo> photo(UUID id) {
		return jdbc.sql("select content_type, width, height, bytes from stories_photo where id = ?").param(id)
			.query((rs, row) -> new Photo(rs.getBytes("bytes"), rs.getString("content_type"), rs.getInt("width"),
					rs.getInt("height")))
			.optional();
	}

	/** The story a photo belongs to, if any. */
	Optional<StoryView> ofPhoto(UUID photo) {
		return jdbc.sql("select " + COLUMNS + " from stories_story where photo_id = ?").param(photo)
			.query(this::view).stream().findFirst();
	}

	boolean existsWithTitle(String title) {
		return jdbc.sql("select count(*) from stories_story where title = ?").param(title).query(Integer.class)
			.single() > 0;
	}

	private List<Consent> consents(UUID story) {
		return jdbc.sql("select person, given_how, given_on from stories_consent where story_id = ? order by position")
			.param(story)
			.query((rs, row) -> new Consent(rs.getString("person"),
					ConsentWay.parse(rs.getString("given_how")).orElseThrow(), rs.getObject("given_on", LocalDate.class)))
			.list();
	}

	private StoryView view(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Timestamp published = rs.getTimestamp("published_at");
		String note = rs.getString("note");
		String alt = rs.getString("photo_alt");
		return new StoryView(new StoryId(id), new AccountId(rs.getObject("author_id", UUID.class)),
				new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("title"), rs.getString("body"),
				Language.parse(rs.getString("language")).orElse(Language.EN),
				Theme.parse(rs.getString("theme")).orElse(Theme.COMMUNITY),
				StoryStatus.valueOf(rs.getString("status")), note == null ? "" : note,
				Optional.ofNullable(rs.getObject("photo_id", UUID.class)), alt == null ? "" : alt,
				rs.getBoolean("featured"), rs.getTimestamp("submitted_at").toInstant(),
				Optional.ofNullable(published).map(Timestamp::toInstant), consents(id));
	}
}
