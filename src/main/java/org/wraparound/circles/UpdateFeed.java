package org.wraparound.circles;

import java.util.List;

/**
 * One page of a circle's updates, newest first, as a member sees it.
 *
 * @param page which page, from 0 for the newest
 * @param hasOlder whether there are older updates on a next page
 * @param canPost whether the viewer may post updates (coordinators and the person)
 * @param wantsDigest whether the viewer asked for a daily summary by email
 */
public record UpdateFeed(CircleId circle, int page, List<CircleUpdate> updates, boolean hasOlder, boolean canPost,
		boolean wantsDigest) {

	public boolean hasNewer() {
		return page > 0;
	}
}
