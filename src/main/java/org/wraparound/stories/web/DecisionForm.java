package org.wraparound.stories.web;

/** The note that goes with sending a story back, or the reason for rejecting it (required, at most 1000 letters). */
record DecisionForm(String note) {

	DecisionForm {
		note = note == null ? "" : note.strip();
	}
}
