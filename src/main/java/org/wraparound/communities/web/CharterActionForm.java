package org.wraparound.communities.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.communities.Charter;
import org.wraparound.communities.CharterSector;
import org.wraparound.communities.CharterStatus;
import org.wraparound.communities.RecordCharterAction;

/** What a champion types to record an action of the charter. */
public record CharterActionForm(String sector,
		@NotBlank(message = "{communities.charter.title.required}")
		@Size(max = Charter.MAX_TITLE, message = "{communities.charter.size.200}")
		@Pattern(regexp = DescriptionForm.LONG_TEXT, message = "{form.text.invalid}") String title,
		@Size(max = Charter.MAX_TITLE, message = "{communities.charter.size.200}")
		@Pattern(regexp = DescriptionForm.LONG_TEXT, message = "{form.text.invalid}") String partner,
		String status,
		@Size(max = Charter.MAX_NOTES, message = "{communities.text.size.2000}")
		@Pattern(regexp = DescriptionForm.LONG_TEXT, message = "{form.text.invalid}") String notes) {

	static CharterActionForm empty() {
		return new CharterActionForm(CharterSector.SCHOOLS.name(), null, null, CharterStatus.PLANNED.name(), null);
	}

	Optional<CharterSector> sectorChosen() {
		return Arrays.stream(CharterSector.values()).filter(s -> s.name().equals(sector)).findFirst();
	}

	Optional<CharterStatus> statusChosen() {
		return status(status);
	}

	static Optional<CharterStatus> status(String status) {
		return Arrays.stream(CharterStatus.values()).filter(s -> s.name().equals(status)).findFirst();
	}

	RecordCharterAction toCommand() {
		return new RecordCharterAction(sectorChosen().orElseThrow(), title, partner, statusChosen().orElseThrow(),
				notes);
	}
}
