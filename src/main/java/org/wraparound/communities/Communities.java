package org.wraparound.communities;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Communities extends ListCrudRepository<Community, UUID> {

	Optional<Community> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Community> findAllByOrderByName();
}
