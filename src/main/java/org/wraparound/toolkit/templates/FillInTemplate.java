package org.wraparound.toolkit.templates;

import static org.wraparound.toolkit.templates.Field.line;
import static org.wraparound.toolkit.templates.Field.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.wraparound.toolkit.templates.Field.From;

/**
 * The fill-in templates, by their stable key (used in addresses and in the stored values). Each has a short form
 * and a PDF template {@code toolkit/templates/pdf/<key>.jte}; its title and summary are the messages
 * {@code toolkit.templates.<key>.title} and {@code .summary}.
 */
public enum FillInTemplate {

	STAKEHOLDER_AGENDA("stakeholder-agenda", community(), line("meetingWhen"), line("meetingPlace"),
			line("chairName", From.CHAMPION_NAME), text("extraItems")),
	INVITATION_LETTER("invitation-letter", community(), line("recipientName"), line("meetingWhen"),
			line("meetingPlace"), line("replyBy"), line("senderName", From.CHAMPION_NAME), line("contactDetails")),
	VOLUNTEER_ROLE("volunteer-role", community(), line("roleTitle"), text("tasks"), line("timeNeeded"),
			text("skills"), text("training"), line("contactName", From.CHAMPION_NAME), line("contactDetails")),
	RECRUITMENT_POSTER("recruitment-poster", community(), region(), line("headline"), text("tasks"),
			line("infoSession"), line("contactName", From.CHAMPION_NAME), line("contactDetails")),
	FAITH_CIVIC_LETTER("faith-civic-letter", community(), region(), line("groupName"), line("recipientName"),
			text("ask"), line("senderName", From.CHAMPION_NAME), line("contactDetails")),
	PRESS_RELEASE("press-release", community(), region(), line("headline"), line("releaseDate"),
			text("announcement"), text("quote"), line("spokesperson", From.CHAMPION_NAME), line("contactDetails")),
	ACTION_PLAN("action-plan", community(), line("period"), text("goal"), text("activities"), text("resources"),
			line("reviewDate"), line("contactName", From.CHAMPION_NAME)),
	EVALUATION_PLAN("evaluation-plan", community(), line("period"), text("questions"), text("measures"),
			text("howCollected"), line("whoCollects", From.CHAMPION_NAME), line("sharedWith"));

	private final String key;
	private final List<Field> fields;

	FillInTemplate(String key, Field... fields) {
		this.key = key;
		this.fields = List.of(fields);
	}

	public String key() {
		return key;
	}

	public List<Field> fields() {
		return fields;
	}

	String pdfTemplate() {
		return "toolkit/templates/pdf/" + key;
	}

	/** The template with this key, if there is one. */
	static Optional<FillInTemplate> byKey(String key) {
		return Arrays.stream(values()).filter(template -> template.key.equals(key)).findFirst();
	}

	private static Field community() {
		return line("communityName", From.COMMUNITY_NAME);
	}

	private static Field region() {
		return line("region", From.REGION);
	}
}
