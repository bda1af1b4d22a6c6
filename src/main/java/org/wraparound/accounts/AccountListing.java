package org.wraparound.accounts;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.platform.Language;

/** Lists accounts with their roles in two queries, however many accounts there are. */
@Component
class AccountListing {

	private final JdbcClient jdbc;

	AccountListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AccountSummary> newest(int limit) {
		return withRoles(jdbc.sql("""
				select id, display_name, email, language, created_at from accounts_account
				order by created_at desc, id limit :limit""").param("limit", limit));
	}

	/** The accounts holding any of {@code roles}, by name. */
	List<AccountSummary> holding(Set<Role> roles) {
		return withRoles(jdbc.sql("""
				select id, display_name, email, language, created_at from accounts_account
				where id in (select account_id from accounts_role where role in (:roles))
				order by display_name, id""").param("roles", roles.stream().map(Role::name).toList()));
	}

	private List<AccountSummary> withRoles(JdbcClient.StatementSpec query) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		query.query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new Row(id, rs.getString("display_name"), rs.getString("email"), rs.getString("language"),
					rs.getTimestamp("created_at"));
		}).list().forEach(row -> rows.put(row.id(), row));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
		jdbc.sql("select account_id, role from accounts_role where account_id in (:ids)")
				.param("ids", new ArrayList<>(rows.keySet()))
				.query((RowCallbackHandler) rs -> roles
					.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString("role"))));
		return rows.values().stream().map(row -> row.summary(roles.getOrDefault(row.id(), Set.of()))).toList();
	}

	private record Row(UUID id, String displayName, String email, String language, Timestamp createdAt) {

		AccountSummary summary(Set<Role> roles) {
			return new AccountSummary(new AccountId(id), displayName, email, Language.parse(language).orElse(Language.EN),
					Set.copyOf(roles), createdAt.toInstant());
		}
	}
}
