package org.wraparound.helping;

import org.wraparound.circles.SupportDomain;

/** What kind of help a request asks for, each in one support domain. */
public enum HelpKind {

	MEAL(SupportDomain.PRACTICAL), RIDE(SupportDomain.PHYSICAL), VISIT(SupportDomain.SOCIAL),
	RESPITE(SupportDomain.EMOTIONAL), ERRAND(SupportDomain.PRACTICAL), CALL(SupportDomain.SOCIAL),
	SPIRITUAL_CARE(SupportDomain.SPIRITUAL), CHORE(SupportDomain.PRACTICAL), PET_CARE(SupportDomain.PRACTICAL),
	OTHER(SupportDomain.PRACTICAL);

	private final SupportDomain domain;

	HelpKind(SupportDomain domain) {
		this.domain = domain;
	}

	/** The support domain this kind of help belongs to. */
	public SupportDomain domain() {
		return domain;
	}
}
