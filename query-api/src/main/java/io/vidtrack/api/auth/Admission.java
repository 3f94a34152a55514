package io.vidtrack.api.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.vidtrack.api.plan.Plan;
import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Lets a request in, or says why not, in one statement (one round trip): the live key and its org's plan, then,
 * only for a key with the scope the request needs, its per-minute window ({@link RequestWindow}), then, only for
 * a request the window admitted, the org's daily quota ({@link DailyQuota}). Each counter is one upsert whose
 * conflicting row Postgres locks, so both are exact under concurrency and across API instances.
 * <p>
 * The statement's transaction commits without waiting for its WAL to reach the disk ({@code synchronous_commit}
 * off for this transaction only): every read commits the counters, and on a Postgres with the default setting
 * each read would otherwise wait for a flush. A crash of Postgres can forget the last fraction of a second of
 * counted requests, never a write of the caller's, whose transactions keep the server's setting.
 */
@Component
class Admission {

	private static final String ADMIT = """
			with caller as (
			    select k.id as key_id, k.org_id, k.scopes, o.timezone, %s
			      from api_keys k join orgs o on o.id = k.org_id join plans p on p.id = o.plan_id
			     where k.key_hash = ? and k.revoked_at is null
			), windowed as (
			    %s
			), counted as (
			    %s
			)
			select c.*, ? = any (c.scopes) as in_scope, exists (select from windowed) as in_window,
			       exists (select from counted) as in_quota,
			       set_config('synchronous_commit', 'off', true) as commit_mode
			  from caller c""".formatted(Plan.COLUMNS, RequestWindow.TAKE, DailyQuota.TAKE);

	private final JdbcOperations jdbc;

	private final RequestWindow window;

	private final DailyQuota quota;

	Admission(JdbcOperations jdbc, RequestWindow window, DailyQuota quota) {
		this.jdbc = jdbc;
		this.window = window;
		this.quota = quota;
	}

	/**
	 * The caller of a request that needs {@code scope}, counted against its window and quota; or 401, 403 or 429,
	 * in that order. A request refused by the scope is not counted, and one refused by the window not against
	 * the quota.
	 */
	Caller admit(@Nullable String authorization, String scope) {
		String hash = ApiKeys.hashOf(authorization).orElseThrow(ApiException::invalidApiKey);
		List<Admitted> rows = this.jdbc.query(ADMIT, Admission::admitted, hash, scope,
				this.window.requestsPerMinute(), this.quota.today(), scope);
		Admitted admitted = rows.stream().findFirst().orElseThrow(ApiException::invalidApiKey);
		Caller caller = admitted.caller();
		if (!admitted.inScope()) {
			throw ApiException.insufficientScope(scope);
		}
		if (!admitted.inWindow()) {
			throw this.window.refusal(caller.keyId());
		}
		if (!admitted.inQuota()) {
			throw this.quota.refusal(caller.plan().maxApiRequestsPerDay());
		}
		return caller;
	}

	private static Admitted admitted(ResultSet row, int n) throws SQLException {
		Caller caller = new Caller(row.getLong("org_id"), row.getLong("key_id"),
				Set.of((String[]) row.getArray("scopes").getArray()), Plan.from(row),
				ZoneId.of(row.getString("timezone")));
		return new Admitted(caller, row.getBoolean("in_scope"), row.getBoolean("in_window"),
				row.getBoolean("in_quota"));
	}

	private record Admitted(Caller caller, boolean inScope, boolean inWindow, boolean inQuota) {
	}

}
