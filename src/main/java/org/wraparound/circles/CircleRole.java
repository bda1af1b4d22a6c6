package org.wraparound.circles;

/**
 * A member's part in a circle. The person is at the centre; coordinators post and assign help, invite and edit
 * needs; helpers see what the circle shares with them and sign up for help.
 */
public enum CircleRole {

	PERSON, COORDINATOR, HELPER;

	/** Whether this role may change the circle: invite, remove members, edit needs. */
	public boolean coordinates() {
		return this != HELPER;
	}
}
