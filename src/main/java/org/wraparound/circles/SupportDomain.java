package org.wraparound.circles;

/** The five kinds of support a Compassionate Community offers. */
public enum SupportDomain {
	PHYSICAL, EMOTIONAL, SOCIAL, SPIRITUAL, PRACTICAL
}
