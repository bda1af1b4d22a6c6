package org.wraparound.contact;

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
 * The staff inbox: takes in messages from the contact form (and the chat's "leave a message") and call-back
 * requests, and lets staff read them, reply by email (kept in the thread), assign them and close or reopen them.
 * People's messages may tell of illness or grief, so every staff reading and change is audited.
 */
@Service
@Transactional(readOnly = true)
public class InquiryManagement {

	/** The most inquiries one inbox list shows. */
	public static final int PAGE_SIZE = 200;

	private final Inquiries inquiries;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	InquiryManagement(Inquiries inquiries, AccountManagement accounts, ApplicationEventPublisher events,
			AuditLog audit, Clock clock) {
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Puts a message in the inbox; the person is sent a confirmation and staff a notice. */
	@Transactional
	public InquiryId receive(SendInquiry message) {
		var id = new InquiryId(UUID.randomUUID());
		var now = clock.instant();
		inquiries.insert(id, InquiryKind.EMAIL, message.source(), message.topic(), message.name(), message.email(),
				message.language(), message.account(), now);
		inquiries.addMessage(id, message.message(), Optional.empty(), null, now);
		events.publishEvent(new InquiryReceived(UUID.randomUUID(), id, InquiryKind.EMAIL, message.source(),
				message.topic(), message.name(), message.email(), message.language(), now));
		return id;
	}

	/** Puts a call-back request in the inbox; staff are sent a notice. */
	@Transactional
	public InquiryId requestCallback(RequestCallback request) {
		var id = new InquiryId(UUID.randomUUID());
		var now = clock.instant();
		inquiries.insert(id, InquiryKind.CALLBACK, InquirySource.FORM, request.topic(), request.name(), null,
				request.language(), request.account(), now);
		inquiries.insertCallback(id, new CallbackDetails(request.phone(), request.bestTime(), request.callLanguage()));
		events.publishEvent(new InquiryReceived(UUID.randomUUID(), id, InquiryKind.CALLBACK, InquirySource.FORM,
				request.topic(), request.name(), null, request.language(), now));
		return id;
	}

	/** The inquiries one filter shows; {@code me} is the staff member asking (for "mine"). */
	public List<InquiryView> inbox(InboxFilter filter, AccountId me) {
		return inquiries.list(filter, Optional.of(me), PAGE_SIZE);
	}

	public long openCount() {
		return inquiries.countOpen();
	}

	/** An inquiry with its thread, for staff: the reading is audited. */
	public Optional<InquiryView> review(InquiryId id) {
		var inquiry = inquiries.find(id);
		inquiry.ifPresent(found -> audited(AuditAction.VIEWED, id, "inbox"));
		return inquiry;
	}

	public Optional<InquiryView> find(InquiryId id) {
		return inquiries.find(id);
	}

	/** What the person wrote, then every reply, oldest first. */
	public List<ThreadMessage> thread(InquiryId id) {
		return inquiries.thread(id);
	}

	/** The people an inquiry can be assigned to. */
	public List<AccountSummary> staff() {
		return accounts.staff();
	}

	/**
	 * Mails a staff reply to the person and keeps it in the thread; false when the inquiry is closed or has no email
	 * to answer.
	 */
	@Transactional
	public boolean reply(InquiryId id, AccountId staffMember, String reply) {
		var inquiry = inquiries.find(id).filter(InquiryView::open).filter(InquiryView::answerable);
		if (inquiry.isEmpty()) {
			return false;
		}
		var found = inquiry.get();
		String staffName = accounts.find(staffMember).map(AccountSummary::displayName).orElse("");
		var now = clock.instant();
		inquiries.addMessage(id, reply, Optional.of(staffMember), staffName, now);
		audited(AuditAction.CHANGED, id, "replied");
		events.publishEvent(new InquiryAnswered(UUID.randomUUID(), id, found.topic(), found.name(),
				found.email().orElseThrow(), found.language(), reply, staffName, now));
		return true;
	}

	/** Gives an inquiry to a staff member (or to nobody); false when that person is not staff. */
	@Transactional
	public boolean assign(InquiryId id, Optional<AccountId> assignee) {
		boolean known = assignee.map(who -> accounts.staff().stream().anyMatch(s -> s.id().equals(who))).orElse(true);
		if (!known || inquiries.find(id).isEmpty()) {
			return false;
		}
		inquiries.assign(id, assignee, clock.instant());
		audited(AuditAction.CHANGED, id, assignee.map(who -> "assigned to " + who).orElse("unassigned"));
		return true;
	}

	/** Closes an open inquiry (for a call-back: the call was made); false when it was already closed. */
	@Transactional
	public boolean close(InquiryId id) {
		boolean moved = inquiries.move(id, InquiryStatus.OPEN, InquiryStatus.CLOSED, clock.instant());
		if (moved) {
			audited(AuditAction.CHANGED, id, "closed");
		}
		return moved;
	}

	/** Opens a closed inquiry again; false when it was open. */
	@Transactional
	public boolean reopen(InquiryId id) {
		boolean moved = inquiries.move(id, InquiryStatus.CLOSED, InquiryStatus.OPEN, clock.instant());
		if (moved) {
			audited(AuditAction.CHANGED, id, "reopened");
		}
		return moved;
	}

	private void audited(AuditAction action, InquiryId id, String detail) {
		audit.recordForCurrentUser(action, new RecordRef("contact", "inquiry", id.toString()), detail);
	}
}
