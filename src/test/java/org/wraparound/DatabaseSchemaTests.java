package org.wraparound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations, on whichever database this run uses; the product name proves which one it is. */
@DatabaseTest
class DatabaseSchemaTests {

	/** The modules named in ARCHITECTURE.md. */
	private static final String MODULES = "platform|site|accounts|communities|toolkit|directory|circles|helping|"
			+ "volunteers|matching|stories|contact|impact|notifications|audit";

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnTheDatabaseThisRunIsFor() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName())
				.isEqualTo(TestDatabase.POSTGRES ? "PostgreSQL" : "H2");
		}
	}

	@Test
	void everyMigrationIsApplied() {
		var info = flyway.info();
		assertThat(info.pending()).isEmpty();
		assertThat(info.applied()).isNotEmpty().allSatisfy(migration -> assertThat(migration.getState().isFailed())
			.as(migration.getScript()).isFalse());
	}

	@Test
	void theEventPublicationRegistryHasTheModulith2Layout() {
		assertThat(columnsOf("event_publication")).contains("id", "listener_id", "event_type", "serialized_event",
				"publication_date", "completion_date", "status", "completion_attempts", "last_resubmission_date");
	}

	/** Framework tables keep their names; ours start with the module's name and an underscore. */
	@Test
	void ourTablesCarryTheirModulesName() {
		assertThat(jdbc.sql("""
				select lower(table_name) from information_schema.tables
				where lower(table_schema) = 'public' and lower(table_name) not like 'flyway%'""")
			.query(String.class).list())
			.isNotEmpty()
			.allSatisfy(table -> assertThat(table).matches(
					"(event_publication|one_time_tokens|user_entities|user_credentials|qrtz_.+|(" + MODULES + ")_.+)"));
	}

	private java.util.List<String> columnsOf(String table) {
		return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = ?")
			.param(table).query(String.class).list();
	}
}
