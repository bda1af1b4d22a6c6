package org.wraparound.impact;

import java.util.Set;

import org.wraparound.circles.SupportDomain;

/**
 * What a caregiver answered: how supported they feel (1 not at all to 5 very well), the support domains where needs
 * are still unmet, how often they feel lonely (1 never to 5 often or always), and anything they want to add.
 */
public record CheckInAnswer(int supported, Set<SupportDomain> unmet, int lonely, String comment) {

	/** The longest comment kept. */
	public static final int MAX_COMMENT = 2000;
}
