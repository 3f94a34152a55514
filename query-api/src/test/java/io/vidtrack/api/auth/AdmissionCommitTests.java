package io.vidtrack.api.auth;

import java.sql.Connection;

import javax.sql.DataSource;

import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard commits its counters without waiting for the WAL flush, and only its own transaction does: a write of
 * the caller's on the same pooled connection keeps the server's setting.
 */
class AdmissionCommitTests extends ApiTestBase {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RequestWindow window;

	@Autowired
	private DailyQuota quota;

	@Test
	void theGuardsTransactionCommitsAsynchronouslyAndTheConnectionKeepsItsSetting() throws Exception {
		// given a key, and a connection whose session commits synchronously, as a production server's does
		Org org = fixtures().org("ultra");
		try (Connection connection = this.dataSource.getConnection()) {
			JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			session.execute("set synchronous_commit = on");
			Admission admission = new Admission(session, this.window, this.quota);
			try {
				// when the guard runs as its own transaction, then inside an open one
				admission.admit("Bearer " + org.readKey(), "read");
				String afterItsOwn = setting(session);
				connection.setAutoCommit(false);
				admission.admit("Bearer " + org.readKey(), "read");
				String insideTheTransaction = setting(session);
				connection.commit();
				String afterThatCommit = setting(session);

				// then only the guard's transaction commits asynchronously
				assertThat(insideTheTransaction).isEqualTo("off");
				assertThat(afterItsOwn).isEqualTo("on");
				assertThat(afterThatCommit).isEqualTo("on");
				assertThat(this.jdbc.queryForObject("select requests from api_request_windows where key_id = "
						+ "(select id from api_keys where org_id = ? and 'write' <> all (scopes))", Integer.class,
						org.id())).isEqualTo(2);
			}
			finally {
				connection.setAutoCommit(true);
				session.execute("reset synchronous_commit");
			}
		}
	}

	private static String setting(JdbcTemplate session) {
		return session.queryForObject("show synchronous_commit", String.class);
	}

}
