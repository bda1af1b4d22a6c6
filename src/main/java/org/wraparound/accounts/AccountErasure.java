package org.wraparound.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes what Spring Security keeps about an account in its own tables: passkeys and unused sign-in links. */
@Component
class AccountErasure {

	private final JdbcClient jdbc;

	AccountErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void erase(AccountId account) {
		String name = account.toString();
		jdbc.sql("""
				delete from user_credentials where user_entity_user_id in (select id from user_entities where name = ?)""")
			.param(name).update();
		jdbc.sql("delete from user_entities where name = ?").param(name).update();
		jdbc.sql("delete from one_time_tokens where username = ?").param(name).update();
	}
}
