package org.wraparound.communities;

/**
 * The parts of community life a Compassionate City Charter asks a community to reach, each with its own kind of
 * action (a school's grief policy, a workplace's compassionate-leave policy, an exhibition, a public event…).
 */
public enum CharterSector {
	SCHOOLS, WORKPLACES, TRADE_UNIONS, PLACES_OF_WORSHIP, HOSPICES_AND_CARE_HOMES, MUSEUMS_AND_GALLERIES,
	MAYORS_AWARD_AND_EVENTS, MEDIA, ARTS_AND_STORIES, HOMELESS_AND_PRISON, DIVERSITY, LOCAL_POLICY
}
