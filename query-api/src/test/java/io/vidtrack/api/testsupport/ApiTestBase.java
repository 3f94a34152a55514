package io.vidtrack.api.testsupport;

import io.vidtrack.testing.MigratedPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API as deployed (Boot, Flyway, the filters, a real HTTP port) on one migrated embedded Postgres database
 * shared by every API test class: subclasses share one application context, so each test makes its own org with
 * {@link #fixtures} and sees nothing of the others. The outbox relay is off: tests read the outbox table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {

	private static final String DATABASE = "api_tests";

	private static boolean created;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		createOnce();
		registry.add("spring.datasource.url", () -> MigratedPostgres.jdbcUrl(DATABASE));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("vidtrack.outbox.relay.enabled", () -> "false");
		registry.add("vidtrack.api.tiktok.resolve-short-links", () -> "false");
	}

	private static synchronized void createOnce() {
		if (!created) {
			MigratedPostgres.newDatabase(DATABASE);
			created = true;
		}
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	/**
	 * The plan of a query when the planner may neither read the table whole nor sort: what it shows is how an
	 * index serves the query on data far larger than a test's.
	 */
	protected String planOf(String sql, Object... args) {
		return new TransactionTemplate(this.transactions).execute((status) -> {
			this.jdbc.execute("set local enable_seqscan = off");
			this.jdbc.execute("set local enable_bitmapscan = off");
			this.jdbc.execute("set local enable_sort = off");
			return String.join("\n", this.jdbc.queryForList("explain " + sql, String.class, args));
		});
	}

	protected Fixtures fixtures() {
		return new Fixtures(this.jdbc);
	}

	/** A client of this API calling with the given key. */
	protected ApiClient api(String key) {
		return new ApiClient("http://localhost:" + this.port, key);
	}

}
