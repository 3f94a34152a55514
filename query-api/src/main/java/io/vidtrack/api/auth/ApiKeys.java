package io.vidtrack.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.vidtrack.api.plan.Plan;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of a bearer key. Keys are looked up by their SHA-256 on every request, never cached, so a
 * revocation takes effect on the next request.
 */
@Component
public class ApiKeys {

	private static final Pattern KEY = Pattern.compile("tga_[0-9a-f]{64}");

	private static final String FIND = "select k.id, k.org_id, k.scopes, o.timezone, " + Plan.COLUMNS + """
			 from api_keys k join orgs o on o.id = k.org_id join plans p on p.id = o.plan_id
			where k.key_hash = ? and k.revoked_at is null""";

	private final JdbcOperations jdbc;

	ApiKeys(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** The caller of an {@code Authorization} header value, if it holds a live key. */
	Optional<Caller> authenticate(@Nullable String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return Optional.empty();
		}
		String key = authorization.substring("Bearer ".length()).trim();
		if (!KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		List<Caller> callers = this.jdbc.query(FIND, (row, n) -> new Caller(row.getLong("org_id"), row.getLong("id"),
				Set.of((String[]) row.getArray("scopes").getArray()), Plan.from(row),
				ZoneId.of(row.getString("timezone"))), sha256(key));
		return callers.stream().findFirst();
	}

	/** The stored form of a key: lowercase hex of its SHA-256. */
	public static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
