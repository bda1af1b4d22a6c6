package org.wraparound.circles.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.circles.ConsentGiver;
import org.wraparound.circles.Refer;
import org.wraparound.circles.ReferrerRole;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * The public referral form. Anyone may send it, so it takes no markup at all. {@code website} is a honeypot: hidden
 * from people, filled in by robots.
 */
public record ReferralForm(
		@NotBlank(message = "{circles.refer.name.required}") @Size(max = 100, message = "{circles.text.size.100}")
		@Pattern(regexp = LINE, message = "{circles.refer.no-markup}") String referrerName,
		@Pattern(regexp = "HEALTH_PROFESSIONAL|FAMILY|FRIEND|SELF", message = "{circles.refer.role.required}") String referrerRole,
		@Size(max = 150, message = "{circles.text.size.150}") @Pattern(regexp = LINE, message = "{circles.refer.no-markup}") String referrerOrganization,
		@NotBlank(message = "{signup.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String referrerEmail,
		@Size(max = 40, message = "{circles.text.size.40}") @Pattern(regexp = "[0-9+()., x-]*", message = "{circles.refer.phone.invalid}") String referrerPhone,
		@NotBlank(message = "{circles.open.first-name.required}") @Size(max = 60, message = "{circles.text.size.60}")
		@Pattern(regexp = LINE, message = "{circles.refer.no-markup}") String firstName,
		@NotEmpty(message = "{circles.open.languages.required}") List<@Pattern(regexp = "en|fr") String> languages,
		@Size(max = 100, message = "{circles.text.size.100}") @Pattern(regexp = LINE, message = "{circles.refer.no-markup}") String neighbourhood,
		@NotBlank(message = "{circles.refer.caregiver-name.required}") @Size(max = 100, message = "{circles.text.size.100}")
		@Pattern(regexp = LINE, message = "{circles.refer.no-markup}") String caregiverName,
		@NotBlank(message = "{signup.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String caregiverEmail,
		@NotEmpty(message = "{circles.refer.domains.required}") List<@Pattern(regexp = "PHYSICAL|EMOTIONAL|SOCIAL|SPIRITUAL|PRACTICAL") String> domains,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LINES, message = "{circles.refer.no-markup}") String physicalNotes,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LINES, message = "{circles.refer.no-markup}") String emotionalNotes,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LINES, message = "{circles.refer.no-markup}") String socialNotes,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LINES, message = "{circles.refer.no-markup}") String spiritualNotes,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LINES, message = "{circles.refer.no-markup}") String practicalNotes,
		@Pattern(regexp = "PERSON|SUBSTITUTE", message = "{circles.open.consent-giver.required}") String consentGiver,
		Boolean consentConfirmed,
		String website) {

	/** One line, no control characters and no angle brackets. */
	static final String LINE = "[^\\p{Cc}<>]*";

	/** Several lines: line breaks and tabs allowed; no other control characters, no angle brackets. */
	static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F<>]*";

	public ReferralForm {
		languages = languages == null ? List.of() : languages;
		domains = domains == null ? List.of() : domains;
		referrerEmail = referrerEmail == null ? null : referrerEmail.strip();
		caregiverEmail = caregiverEmail == null ? null : caregiverEmail.strip();
	}

	static ReferralForm empty(String language) {
		return new ReferralForm("", "", "", "", "", "", List.of(language), "", "", "", List.of(), "", "", "", "", "",
				"PERSON", false, "");
	}

	/** The attestation is required; an unticked box sends nothing at all. */
	@AssertTrue(message = "{circles.refer.consent.required}")
	public boolean isConsentConfirmed() {
		return Boolean.TRUE.equals(consentConfirmed);
	}

	/** Whether a robot filled in the field people never see. */
	boolean isSpam() {
		return website != null && !website.isEmpty();
	}

	/** What was typed about one domain. */
	public String notes(SupportDomain domain) {
		return switch (domain) {
			case PHYSICAL -> physicalNotes;
			case EMOTIONAL -> emotionalNotes;
			case SOCIAL -> socialNotes;
			case SPIRITUAL -> spiritualNotes;
			case PRACTICAL -> practicalNotes;
		};
	}

	Refer toCommand(CommunityId community, Language language) {
		Map<SupportDomain, String> needs = new EnumMap<>(SupportDomain.class);
		for (SupportDomain domain : SupportDomain.values()) {
			String notes = notes(domain);
			if (domains.contains(domain.name()) || (notes != null && !notes.isBlank())) {
				needs.put(domain, notes == null ? "" : notes.strip());
			}
		}
		return new Refer(community, referrerName, ReferrerRole.valueOf(referrerRole), referrerOrganization,
				referrerEmail, referrerPhone, language, firstName, languages, neighbourhood, caregiverName,
				caregiverEmail, needs, ConsentGiver.valueOf(consentGiver));
	}
}
