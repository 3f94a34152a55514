package io.vidtrack.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The demo org's API key: {@code VIDTRACK_DEMO_API_KEY} when set, else the one written to
 * {@code .vidtrack/demo-api-key} by an earlier start, else a new one. Only its SHA-256 goes to the database.
 */
record DemoApiKey(String key) {

	private static final String FORMAT = "tga_[0-9a-f]{64}";

	static DemoApiKey resolve(@Nullable String fromEnv, Path home) throws IOException {
		Path file = home.resolve("demo-api-key");
		String key = fromEnv;
		if (key == null && Files.isRegularFile(file)) {
			key = Files.readString(file).trim();
		}
		if (key == null) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			key = "tga_" + HexFormat.of().formatHex(random);
		}
		if (!key.matches(FORMAT)) {
			throw new IllegalArgumentException("VIDTRACK_DEMO_API_KEY must look like tga_ followed by 64 lowercase hex");
		}
		Files.createDirectories(home);
		Files.writeString(file, key + "\n");
		return new DemoApiKey(key);
	}

	String sha256() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.key.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String prefix() {
		return this.key.substring(0, 12);
	}

}
