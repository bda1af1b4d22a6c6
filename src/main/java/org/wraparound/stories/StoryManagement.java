package org.wraparound.stories;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/**
 * Takes stories in, lets staff edit, approve, send back or reject them (the author hears by email), and shows the
 * published ones, one of them featured.
 */
@Service
@Transactional(readOnly = true)
public class StoryManagement {

	/** The most stories one public list shows. */
	public static final int PAGE_SIZE = 50;

	private final Stories stories;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AuditLog audit;

	StoryManagement(Stories stories, AccountManagement accounts, ApplicationEventPublisher events, Clock clock,
			AuditLog audit) {
		this.stories = stories;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	/** Notes in the audit log that the signed-in person saw or changed a story (its consents name people). */
	private void audited(AuditAction action, StoryId id, String detail) {
		audit.recordForCurrentUser(action, new RecordRef("stories", "story", id.toString()), detail);
	}

	/** Keeps a new story, waiting for staff. The caller checked the form (consents confirmed, photo prepared). */
	@Transactional
	public StoryId submit(SubmitStory story) {
		var id = new StoryId(UUID.randomUUID());
		stories.insert(id, story, savedPhoto(story.photo()), clock.instant());
		return id;
	}

	/** The author's new version of a story staff sent back; false when it is not theirs or not sent back. */
	@Transactional
	public boolean revise(StoryId id, SubmitStory story) {
		var found = stories.find(id).filter(s -> s.author().equals(story.author()))
			.filter(s -> s.status() == StoryStatus.SENT_BACK);
		if (found.isEmpty()) {
			return false;
		}
		stories.revise(id, story, savedPhoto(story.photo()), clock.instant());
		return true;
	}

	private Optional<UUID> savedPhoto(Optional<Photo> photo) {
		return photo.map(p -> {
			UUID photoId = UUID.randomUUID();
			stories.insertPhoto(photoId, p, clock.instant());
			return photoId;
		});
	}

	/** Staff change the words of a story that is not rejected. */
	@Transactional
	public boolean edit(StoryId id, StoryEdit edit) {
		if (stories.find(id).filter(s -> s.status() != StoryStatus.REJECTED).isEmpty()) {
			return false;
		}
		stories.edit(id, edit, clock.instant());
		audited(AuditAction.CHANGED, id, "edited");
		return true;
	}

	/** Publishes a story waiting in the queue; false when it is not waiting any more. */
	@Transactional
	public boolean approve(StoryId id) {
		if (!stories.move(id, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, clock.instant())) {
			return false;
		}
		audited(AuditAction.CHANGED, id, "approved");
		var story = stories.find(id).orElseThrow();
		var author = author(story);
		events.publishEvent(new StoryPublished(UUID.randomUUID(), id, story.community(), story.language(),
				story.theme(), story.title(), story.publishedAt().orElseThrow(), author.map(AccountSummary::email)
					.orElse(null), author.map(AccountSummary::displayName).orElse(null),
				author.map(AccountSummary::language).orElse(story.language())));
		return true;
	}

	/** Sends a waiting story back to its author with a note saying what to change. */
	@Transactional
	public boolean sendBack(StoryId id, String note) {
		if (!stories.move(id, List.of(StoryStatus.SUBMITTED), StoryStatus.SENT_BACK, note, clock.instant())) {
			return false;
		}
		audited(AuditAction.CHANGED, id, "sent back");
		var story = stories.find(id).orElseThrow();
		author(story).ifPresent(author -> events.publishEvent(new StorySentBack(UUID.randomUUID(), id, story.title(),
				note, author.email(), author.displayName(), author.language())));
		return true;
	}

	/** Refuses a story (waiting, or already published: it then leaves the public pages), with the reason. */
	@Transactional
	public boolean reject(StoryId id, String reason) {
		if (!stories.move(id, List.of(StoryStatus.SUBMITTED, StoryStatus.PUBLISHED, StoryStatus.SENT_BACK),
				StoryStatus.REJECTED, reason, clock.instant())) {
			return false;
		}
		audited(AuditAction.CHANGED, id, "rejected");
		var story = stories.find(id).orElseThrow();
		author(story).ifPresent(author -> events.publishEvent(new StoryRejected(UUID.randomUUID(), id, story.title(),
				reason, author.email(), author.displayName(), author.language())));
		return true;
	}

	/** Makes a published story the one on the home page. */
	@Transactional
	public boolean feature(StoryId id) {
		return stories.feature(id);
	}

	@Transactional
	public void unfeature(StoryId id) {
		stories.unfeature(id);
	}

	private Optional<AccountSummary> author(StoryView story) {
		return accounts.find(story.author());
	}

	/** Any story, for staff. */
	public Optional<StoryView> find(StoryId id) {
		return stories.find(id);
	}

	/** Any story with the consents of the people in it, for staff to moderate: the reading is audited. */
	public Optional<StoryView> review(StoryId id) {
		var story = stories.find(id);
		story.ifPresent(found -> audited(AuditAction.VIEWED, id, "moderation"));
		return story;
	}

	/** A story its author may see and revise. */
	public Optional<StoryView> findOwn(StoryId id, AccountId author) {
		return stories.find(id).filter(story -> story.author().equals(author));
	}

	/** A story anyone may read. */
	public Optional<StoryView> findPublished(StoryId id) {
		return stories.find(id).filter(story -> story.status() == StoryStatus.PUBLISHED);
	}

	public List<StoryView> published(StoryFilter filter) {
		return stories.published(filter, PAGE_SIZE);
	}

	/** The stories waiting for staff (oldest first), then those sent back. */
	public List<StoryView> queue() {
		return stories.withStatus(List.of(StoryStatus.SUBMITTED, StoryStatus.SENT_BACK));
	}

	/** Published stories, for staff to choose the featured one. */
	public List<StoryView> recentlyPublished() {
		return stories.published(StoryFilter.none(), PAGE_SIZE);
	}

	public List<StoryView> byAuthor(AccountId author) {
		return stories.byAuthor(author);
	}

	/** The story on the home page, if staff chose one. */
	public Optional<StoryView> featured() {
		return stories.featured();
	}

	/**
	 * A photo and whether {@code viewer} may see it: anyone when its story is published, else its author and staff.
	 */
	public Optional<Photo> photo(UUID id, Optional<AccountId> viewer, boolean staff) {
		var story = stories.ofPhoto(id);
		boolean visible = story.map(s -> s.status() == StoryStatus.PUBLISHED || staff
				|| viewer.map(s.author()::equals).orElse(false)).orElse(false);
		return visible ? stories.photo(id) : Optional.empty();
	}

	/** Whether a photo belongs to a published story, so that it may be cached by anyone. */
	public boolean isPublic(UUID photo) {
		return stories.ofPhoto(photo).filter(story -> story.status() == StoryStatus.PUBLISHED).isPresent();
	}

	boolean exists(String title) {
		return stories.existsWithTitle(title);
	}
}
