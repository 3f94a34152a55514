package io.vidtrack.outbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session-level Postgres advisory lock held on one dedicated connection: whoever holds it is the only relay
 * that publishes, which keeps the outbox's id order on the wire. Postgres releases the lock when the session
 * ends, so a crashed relay hands over to a standby without any timeout of ours.
 */
public final class LeaderLock implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LeaderLock.class);

	private final DataSource dataSource;

	private final long key;

	private @Nullable Connection connection;

	public LeaderLock(DataSource dataSource, long key) {
		this.dataSource = dataSource;
		this.key = key;
	}

	/**
	 * Returns the connection that holds the lock, taking the lock if it is free, or {@code null} while another
	 * session holds it.
	 */
	public @Nullable Connection tryAcquire() throws SQLException {
		if (this.connection != null) {
			return this.connection;
		}
		Connection candidate = this.dataSource.getConnection();
		boolean acquired = false;
		try {
			candidate.setAutoCommit(true);
			acquired = call(candidate, "select pg_try_advisory_lock(?)");
		}
		finally {
			if (!acquired) {
				// a standby does not keep a pooled connection while it waits
				candidate.close();
			}
		}
		if (acquired) {
			this.connection = candidate;
			return candidate;
		}
		return null;
	}

	public boolean held() {
		return this.connection != null;
	}

	/** Gives the lock up. Safe to call when it is not held. */
	@Override
	public void close() {
		Connection held = this.connection;
		this.connection = null;
		if (held == null) {
			return;
		}
		try {
			// A pooled connection outlives close(): unlock first, or the idle session would keep the lock.
			if (!call(held, "select pg_advisory_unlock(?)")) {
				abort(held);
			}
		}
		catch (SQLException ex) {
			// the session is most likely gone, and the lock with it; make sure it is
			logger.debug("Could not unlock the outbox relay lock; discarding the connection", ex);
			abort(held);
		}
		finally {
			closeQuietly(held);
		}
	}

	private boolean call(Connection on, String sql) throws SQLException {
		try (PreparedStatement statement = on.prepareStatement(sql)) {
			statement.setQueryTimeout(10);
			statement.setLong(1, this.key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void abort(Connection connection) {
		try {
			connection.abort(Runnable::run);
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not abort the outbox relay connection", ex);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the outbox relay connection", ex);
		}
	}

}
