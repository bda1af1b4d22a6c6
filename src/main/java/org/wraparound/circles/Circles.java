package org.wraparound.circles;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Circles extends ListCrudRepository<Circle, UUID> {

	@Query("select c.* from circles_circle c join circles_member m on m.circle_id = c.id where m.account_id = :account "
			+ "order by c.opened_at desc")
	List<Circle> findByMember(UUID account);
}
