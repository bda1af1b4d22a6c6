package org.wraparound.toolkit.surveys;

/** Where a survey is: being written, taking answers, or closed (until a new round opens it again). */
public enum SurveyStatus {
	DRAFT, OPEN, CLOSED
}
