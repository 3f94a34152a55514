package io.vidtrack.api.admin;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.vidtrack.api.auth.ApiKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The admin path: orgs and API keys are made from the command line of the query-api jar, never through the API
 * that the keys guard. A new key is printed once; only its SHA-256 is stored.
 *
 * <pre>
 * java -jar query-api-exec.jar create-org --name=Acme --plan=starter [--timezone=Europe/Berlin]
 * java -jar query-api-exec.jar create-key --org=1 --name=ci [--scopes=read,write]
 * java -jar query-api-exec.jar revoke-key --id=3
 * java -jar query-api-exec.jar list-keys --org=1
 * </pre>
 */
class AdminCommands {

	static final Set<String> COMMANDS = Set.of("create-org", "create-key", "revoke-key", "list-keys");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcOperations jdbc;

	private final PrintStream out;

	AdminCommands(JdbcOperations jdbc, PrintStream out) {
		this.jdbc = jdbc;
		this.out = out;
	}

	void run(ApplicationArguments args) {
		String command = args.getNonOptionArgs().getFirst();
		switch (command) {
			case "create-org" -> createOrg(required(args, "name"), required(args, "plan"), optional(args, "timezone"));
			case "create-key" -> createKey(number(args, "org"), required(args, "name"),
					List.of(optional(args, "scopes") == null ? new String[] { "read", "write" }
							: optional(args, "scopes").split(",")));
			case "revoke-key" -> revokeKey(number(args, "id"));
			case "list-keys" -> listKeys(number(args, "org"));
			default -> throw new AdminException("Unknown command " + command + "; one of " + COMMANDS);
		}
	}

	long createOrg(String name, String plan, @Nullable String timezone) {
		Long known = this.jdbc.queryForObject("select count(*) from plans where id = ?", Long.class, plan);
		if (known == null || known == 0) {
			throw new AdminException("Unknown plan " + plan + "; the plans table lists them");
		}
		Long id = this.jdbc.queryForObject("insert into orgs (name, plan_id, timezone) values (?, ?, ?) returning id",
				Long.class, name, plan, (timezone == null) ? "UTC" : timezone);
		this.out.println("org " + id + " created (" + name + ", plan " + plan + ")");
		return id;
	}

	/** Makes a key and prints it: this is the only time it can be read. */
	String createKey(long orgId, String name, List<String> scopes) {
		if (scopes.isEmpty() || !Set.of("read", "write").containsAll(scopes)) {
			throw new AdminException("Scopes are read and/or write, comma-separated");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String key = "tga_" + HexFormat.of().formatHex(random);
		Long id = this.jdbc.queryForObject("""
				insert into api_keys (org_id, name, key_hash, key_prefix, scopes)
				select id, ?, ?, ?, ? from orgs where id = ? returning id""", Long.class, name, ApiKeys.sha256(key),
				key.substring(0, 12), scopes.toArray(String[]::new), orgId);
		this.out.println("key " + id + " for org " + orgId + " (" + String.join(",", scopes) + "): " + key);
		this.out.println("Store it now: only its SHA-256 is kept.");
		return key;
	}

	void revokeKey(long keyId) {
		int revoked = this.jdbc.update("update api_keys set revoked_at = now() where id = ? and revoked_at is null",
				keyId);
		if (revoked == 0) {
			throw new AdminException("No live key " + keyId);
		}
		this.out.println("key " + keyId + " revoked");
	}

	void listKeys(long orgId) {
		this.jdbc.query("""
				select id, name, key_prefix, array_to_string(scopes, ','), created_at, revoked_at
				from api_keys where org_id = ? order by id""", (row) -> {
			this.out.printf("%d\t%s\t%s…\t%s\tcreated %s%s%n", row.getLong(1), row.getString(2), row.getString(3),
					row.getString(4), row.getTimestamp(5).toInstant(),
					(row.getTimestamp(6) != null) ? "\trevoked " + row.getTimestamp(6).toInstant() : "");
		}, orgId);
	}

	private static String required(ApplicationArguments args, String name) {
		String value = optional(args, name);
		if (value == null || value.isBlank()) {
			throw new AdminException("--" + name + "= is required");
		}
		return value;
	}

	private static @Nullable String optional(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	private static long number(ApplicationArguments args, String name) {
		try {
			return Long.parseLong(required(args, name));
		}
		catch (NumberFormatException ex) {
			throw new AdminException("--" + name + "= must be a number");
		}
	}

	/** A mistake on the command line: printed without a stack trace. */
	static class AdminException extends RuntimeException {

		AdminException(String message) {
			super(message);
		}

	}

}
