package org.wraparound.circles;

/** Where a circle is: supporting the person, supporting the bereaved after their death, or closed. */
public enum CircleStatus {
	OPEN, BEREAVEMENT, CLOSED
}
