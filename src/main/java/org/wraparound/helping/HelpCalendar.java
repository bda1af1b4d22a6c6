package org.wraparound.helping;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.Language;
import org.wraparound.platform.Messages;
import org.wraparound.platform.SecretTokens;

/**
 * Commitments as iCalendar: each person's private feed, whose address holds a secret (only its hash is kept) so
 * that calendar apps, which cannot sign in, can read it; and one request as a file to download. Unknown secrets
 * and requests out of reach find nothing. Every fetch is written to the audit log as the feed's owner.
 */
@Service
@Transactional(readOnly = true)
public class HelpCalendar {

	private final HelpRequests requests;
	private final CalendarFeeds feeds;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final AuditLog audit;
	private final BaseUrl baseUrl;
	private final Clock clock;

	HelpCalendar(HelpRequests requests, CalendarFeeds feeds, AccountManagement accounts, MessageSource messages,
			AuditLog audit, BaseUrl baseUrl, Clock clock) {
		this.requests = requests;
		this.feeds = feeds;
		this.accounts = accounts;
		this.messages = messages;
		this.audit = audit;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** Whether the person has a feed address (it can only be shown when it is made). */
	public boolean hasFeed(AccountId account) {
		return feeds.exists(account);
	}

	/** Makes the person a new feed address, which is returned once; any earlier address stops working. */
	@Transactional
	public String newFeed(AccountId account) {
		String token = SecretTokens.newToken();
		feeds.replace(account, SecretTokens.hash(token), clock.instant());
		audit.record(actor(account), AuditAction.CHANGED, feedRecord(account), "made a new calendar address");
		return baseUrl.link("/helping/calendar/" + token + ".ics");
	}

	/** The feed behind a secret: everything its owner committed to. Empty for a secret that is no one's. */
	public Optional<String> feed(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return feeds.ownerOf(SecretTokens.hash(token)).map(owner -> {
			List<Commitment> mine = requests.committedBy(owner);
			audit.record(actor(owner), AuditAction.VIEWED, feedRecord(owner),
					"calendar feed fetched: " + mine.size() + " commitments");
			return IcsWriter.write(mine, messagesFor(owner), baseUrl, clock.instant());
		});
	}

	/** One request as a calendar file, for a member of its circle; empty for anyone else. */
	public Optional<String> event(RequestId id, AccountId viewer) {
		return requests.seenBy(id, viewer).map(found -> {
			audit.record(actor(viewer), AuditAction.VIEWED, new RecordRef("helping", "request", id.toString()),
					"calendar file downloaded");
			return IcsWriter.write(List.of(found), messagesFor(viewer), baseUrl, clock.instant());
		});
	}

	private Messages messagesFor(AccountId account) {
		Language language = accounts.find(account).map(AccountSummary::language).orElse(Language.EN);
		return new Messages(messages, language.locale());
	}

	private static Actor actor(AccountId account) {
		return Actor.account(account.toString());
	}

	private static RecordRef feedRecord(AccountId account) {
		return new RecordRef("helping", "calendar-feed", account.toString());
	}
}
