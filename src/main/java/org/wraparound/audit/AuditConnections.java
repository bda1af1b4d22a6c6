package org.wraparound.audit;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small pool of connections of its own for writing audit entries, to the same database as everything else.
 * <p>
 * An entry is written while the caller usually holds a connection of the main pool, often inside a transaction that
 * must not roll the entry back. Taking a second connection from the same pool for it can deadlock: with every main
 * connection held by a thread that waits for a second one, none is ever given back (the listener threads and web
 * requests together can hold them all). A connection of this pool is held for one insert in auto-commit and waits on
 * nothing, so a thread waiting for one always gets it soon.
 */
@Component
class AuditConnections implements DisposableBean {

	static final int SIZE = 4;

	private final HikariDataSource pool;

	private final JdbcClient jdbc;

	AuditConnections(DataSourceProperties properties) {
		this.pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("audit");
		pool.setMaximumPoolSize(SIZE);
		pool.setMinimumIdle(0);
		pool.setAutoCommit(true);
		// Connect on first use, once Flyway has made the table, and not fail the start if the database is slow.
		pool.setInitializationFailTimeout(-1);
		this.jdbc = JdbcClient.create(pool);
	}

	/** Statements run each in auto-commit on a connection of this pool. */
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void destroy() {
		pool.close();
	}
}
