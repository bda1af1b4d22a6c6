package org.wraparound.circles;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * Someone opens a circle: the person for themselves (and becomes its {@link CircleRole#PERSON}), or a family
 * caregiver on their behalf (and becomes a coordinator). Consent to be supported and to share information with the
 * circle is recorded with it.
 */
public record OpenCircle(CommunityId community, AccountId openedBy, CircleRole openerRole, PersonProfile person,
		ConsentGiver consentGivenBy, String consentGiverName) {
}
