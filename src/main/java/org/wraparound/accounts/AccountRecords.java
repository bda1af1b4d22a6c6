package org.wraparound.accounts;

import org.wraparound.audit.RecordRef;

/** How an account is named in the audit log. */
final class AccountRecords {

	private AccountRecords() {
	}

	static RecordRef of(String accountId) {
		return new RecordRef("accounts", "account", accountId);
	}

	static RecordRef of(AccountId account) {
		return of(account.toString());
	}
}
