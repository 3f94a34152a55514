package io.vidtrack.api.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The {@code idempotency_keys} table. A request claims its key with one upsert that also takes over a key whose
 * answer has expired, or whose first request died before answering; a second request with the key then finds
 * the stored answer, or the claim still open.
 */
class IdempotencyKeys {

	// an open claim older than this belongs to a request that died: the next one with the key may retry
	private static final Duration ABANDONED = Duration.ofMinutes(2);

	private static final String CLAIM = """
			insert into idempotency_keys (org_id, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)
			on conflict (org_id, idempotency_key) do update
				set request_hash = excluded.request_hash, created_at = excluded.created_at,
					status = null, content_type = null, body = null
				where idempotency_keys.created_at < ?
					or (idempotency_keys.status is null and idempotency_keys.created_at < ?)
			returning 1""";

	private static final String FIND = """
			select request_hash, status, content_type, body from idempotency_keys
			where org_id = ? and idempotency_key = ?""";

	private static final String COMPLETE = """
			update idempotency_keys set status = ?, content_type = ?, body = ?
			where org_id = ? and idempotency_key = ?""";

	private static final String RELEASE = "delete from idempotency_keys where org_id = ? and idempotency_key = ?";

	private static final String EXPIRE = "delete from idempotency_keys where created_at < ?";

	private final JdbcOperations jdbc;

	private final Duration retention;

	private final Clock clock;

	IdempotencyKeys(JdbcOperations jdbc, Duration retention, Clock clock) {
		this.jdbc = jdbc;
		this.retention = retention;
		this.clock = clock;
	}

	/** Claims the key for this request, or tells what the first request with it left. */
	Claim claim(long orgId, String key, String requestHash) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<Integer> claimed = this.jdbc.queryForList(CLAIM, Integer.class, orgId, key, requestHash, now,
				now.minus(this.retention), now.minus(ABANDONED));
		if (!claimed.isEmpty()) {
			return new Claim.Claimed();
		}
		List<Claim> found = this.jdbc.query(FIND, (row, n) -> {
			if (!row.getString(1).equals(requestHash)) {
				return new Claim.Mismatch();
			}
			Integer status = row.getObject(2, Integer.class);
			return (status == null) ? new Claim.InFlight()
					: new Claim.Replay(status, row.getString(3), row.getBytes(4));
		}, orgId, key);
		// the row expired and was removed between the two statements: claim again
		return found.isEmpty() ? claim(orgId, key, requestHash) : found.getFirst();
	}

	void complete(long orgId, String key, int status, @Nullable String contentType, byte[] body) {
		this.jdbc.update(COMPLETE, status, contentType, body, orgId, key);
	}

	void release(long orgId, String key) {
		this.jdbc.update(RELEASE, orgId, key);
	}

	int expire() {
		Instant cutoff = this.clock.instant().minus(this.retention);
		return this.jdbc.update(EXPIRE, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
	}

	sealed interface Claim {

		record Claimed() implements Claim {
		}

		record Replay(int status, @Nullable String contentType, byte[] body) implements Claim {
		}

		record Mismatch() implements Claim {
		}

		record InFlight() implements Claim {
		}

	}

}
