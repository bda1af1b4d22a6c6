package org.wraparound.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByEmailNormalized(String emailNormalized);

	boolean existsByEmailNormalized(String emailNormalized);

	@Query("select id, display_name from accounts_account where id in (:ids)")
	List<NameRow> findNames(Collection<UUID> ids);

	record NameRow(UUID id, String displayName) {
	}
}
