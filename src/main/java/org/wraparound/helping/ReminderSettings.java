package org.wraparound.helping;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** How long before each commitment each person wants reminding, when they chose. */
@Component
class ReminderSettings {

	private final JdbcClient jdbc;

	ReminderSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> hoursBefore(AccountId account) {
		return jdbc.sql("select hours_before from helping_reminder_setting where account_id = ?")
			.param(account.value()).query(Integer.class).optional();
	}

	void choose(AccountId account, int hours) {
		if (jdbc.sql("update helping_reminder_setting set hours_before = ? where account_id = ?")
			.params(hours, account.value()).update() == 0) {
			jdbc.sql("insert into helping_reminder_setting (account_id, hours_before) values (?, ?)")
				.params(account.value(), hours).update();
		}
	}
}
