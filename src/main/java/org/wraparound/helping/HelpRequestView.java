package org.wraparound.helping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;

/**
 * A help request as one member of the circle may see it. The exact address is there only for those who committed
 * and the circle's coordinators.
 */
public record HelpRequestView(RequestId id, CircleId circle, String personName, HelpKind kind, Instant startsAt,
		Instant endsAt, int slots, int taken, String notes, Optional<String> address, boolean cancelled,
		List<Helper> helpers, boolean yours, boolean canCoordinate, boolean ended, AccountId viewer,
		RequestDetails details, boolean repeating, Optional<String> cancelReason) {

	/** Someone who committed, whether they did it, and the thanks they were sent. */
	public record Helper(AccountId account, String name, Optional<Instant> doneAt, Optional<String> thanks) {

		public boolean done() {
			return doneAt.isPresent();
		}
	}

	/** How many more helpers are needed. */
	public int stillNeeded() {
		return Math.max(0, slots - taken);
	}

	/** Whether the viewer may still take a slot. */
	public boolean canClaim() {
		return !cancelled && !ended && !yours && stillNeeded() > 0;
	}

	/** Whether the viewer may withdraw: they committed, and it has not ended. */
	public boolean canWithdraw() {
		return !cancelled && !ended && yours;
	}

	/** Whether the viewer may change or call off this request (or, when it repeats, the rest of the series). */
	public boolean canChange() {
		return canCoordinate && !cancelled && !ended;
	}

	/** Whether the viewer may mark {@code helper}'s part done: after the end, the helper or a coordinator. */
	public boolean canMarkDone(Helper helper) {
		return ended && !cancelled && !helper.done() && (canCoordinate || helper.account().equals(viewer));
	}

	/** Whether the viewer may thank {@code helper}: a coordinator (or the person), once the help was given. */
	public boolean canThank(Helper helper) {
		return canCoordinate && helper.done();
	}
}
