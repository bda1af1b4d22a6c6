package org.wraparound.circles.web;

import java.security.Principal;
import java.util.function.Predicate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleView;

/**
 * The one rule every circle page follows: a circle the viewer may not see, for what they ask to do, is answered
 * with 404, exactly like one that does not exist.
 */
@Component
class CircleAccess {

	private final CircleManagement circles;

	CircleAccess(CircleManagement circles) {
		this.circles = circles;
	}

	/** The circle as a member or a champion sees it. */
	CircleView visible(String id, Principal principal) {
		return find(id, principal, view -> true);
	}

	/** The circle, for one of its members (not a champion looking in). */
	CircleView member(String id, Principal principal) {
		return find(id, principal, view -> view.viewerRole().isPresent());
	}

	/** The circle, for someone who may change it. */
	CircleView coordinated(String id, Principal principal) {
		return find(id, principal, CircleView::canCoordinate);
	}

	private CircleView find(String id, Principal principal, Predicate<CircleView> allowed) {
		return CircleId.parse(id).flatMap(circle -> circles.view(circle, CirclesController.me(principal)))
			.filter(allowed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
