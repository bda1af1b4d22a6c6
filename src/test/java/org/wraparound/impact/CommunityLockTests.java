package org.wraparound.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.DatabaseTest;

/**
 * Impact's locks: writers of facts of two communities go on side by side, while a second writer of the same community
 * waits until the first one's transaction ends, whether the community's lock row was there already or not.
 */
@DatabaseTest
class CommunityLockTests {

	static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

	static final Duration BLOCKED_FOR = Duration.ofMillis(700);

	@Autowired
	Facts facts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	final ExecutorService threads = Executors.newFixedThreadPool(2);

	final CountDownLatch held = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		threads.shutdownNow();
	}

	@Test
	void writersOfTwoCommunitiesDoNotWaitForEachOther() throws Exception {
		UUID first = known();
		UUID second = known();
		CompletableFuture<Void> holder = holdLock(first);
		assertThat(held.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> other = lockAndCommit(second);

		other.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
		assertThat(holder).isNotDone();
		release.countDown();
		holder.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
	}

	@Test
	void twoNewCommunitiesAddTheirLockRowsSideBySide() throws Exception {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		CompletableFuture<Void> holder = holdLock(first);
		assertThat(held.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS)).isTrue();

		lockAndCommit(second).get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);

		assertThat(holder).isNotDone();
		release.countDown();
		holder.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
		assertThat(jdbc.sql("select count(*) from impact_community_lock where community_id in (?, ?)")
			.params(first, second).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aSecondWriterOfTheSameCommunityWaitsForTheFirst() throws Exception {
		secondWriterWaitsForTheFirst(known());
	}

	@Test
	void aSecondWriterOfANewCommunityWaitsForTheOneAddingItsRow() throws Exception {
		UUID community = UUID.randomUUID();
		secondWriterWaitsForTheFirst(community);
		assertThat(jdbc.sql("select count(*) from impact_community_lock where community_id = ?").params(community)
			.query(Long.class).single()).isEqualTo(1);
	}

	/** One writer takes the community's lock; a second one is still waiting a while later, and goes on once it is released. */
	private void secondWriterWaitsForTheFirst(UUID community) throws Exception {
		CompletableFuture<Void> holder = holdLock(community);
		assertThat(held.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> second = lockAndCommit(community);

		Thread.sleep(BLOCKED_FOR.toMillis());
		assertThat(second).isNotDone();
		release.countDown();
		holder.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
		second.get(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
	}

	/** A community whose lock row is there already, as after its first change. */
	private UUID known() {
		UUID community = UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(status -> facts.lock(community));
		return community;
	}

	/** Takes the community's lock on one thread and keeps it until {@link #release}. */
	private CompletableFuture<Void> holdLock(UUID community) {
		return CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			facts.lock(community);
			held.countDown();
			try {
				release.await(LONG_ENOUGH.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}), threads);
	}

	/** Takes the community's lock on another thread and commits at once. */
	private CompletableFuture<Void> lockAndCommit(UUID community) {
		return CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			if (onH2()) {
				// H2 gives up on a lock after 2 seconds by default, PostgreSQL waits as long as it takes: wait
				// long here too, then give the pooled connection its own timeout back
				long before = jdbc.sql("select lock_timeout()").query(Long.class).single();
				jdbc.sql("set lock_timeout " + LONG_ENOUGH.toMillis()).update();
				try {
					facts.lock(community);
				}
				finally {
					jdbc.sql("set lock_timeout " + before).update();
				}
			}
			else {
				facts.lock(community);
			}
		}), threads);
	}

	private boolean onH2() {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
				.startsWith("H2");
		}
		catch (Exception unknown) {
			throw new IllegalStateException(unknown);
		}
	}
}
