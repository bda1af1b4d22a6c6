package org.wraparound.contact;

/** When, within the hours the phone is answered, a person would like to be called back. */
public enum BestTime {
	ANY_TIME, MORNING, MIDDAY, AFTERNOON;

	public String messageKey() {
		return "contact.callback.time." + name();
	}
}
