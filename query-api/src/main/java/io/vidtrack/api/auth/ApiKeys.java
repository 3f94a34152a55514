package io.vidtrack.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The form of an API key: {@code tga_} and 64 lowercase hex digits, stored only as its SHA-256. Keys are looked
 * up by that hash on every request, never cached, so a revocation takes effect on the next request.
 */
public final class ApiKeys {

	private static final Pattern KEY = Pattern.compile("tga_[0-9a-f]{64}");

	private ApiKeys() {
	}

	/** The stored hash of the key an {@code Authorization} header value carries, if it carries one. */
	static Optional<String> hashOf(@Nullable String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return Optional.empty();
		}
		String key = authorization.substring("Bearer ".length()).trim();
		return KEY.matcher(key).matches() ? Optional.of(sha256(key)) : Optional.empty();
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
