package org.wraparound.accounts.passkeys;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountDeleted;

/** When an account is deleted, its passkeys go with it: they could no longer sign anyone in. */
@Component
class PasskeysForgotten {

	private final Passkeys passkeys;

	PasskeysForgotten(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		passkeys.removeAll(event.account());
	}
}
