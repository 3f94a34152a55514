package io.vidtrack.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoApiKeyTests {

	@TempDir
	Path home;

	@Test
	void generatesAKeyOnceAndReusesItOnTheNextStart() throws Exception {
		// when
		DemoApiKey first = DemoApiKey.resolve(null, this.home);
		DemoApiKey second = DemoApiKey.resolve(null, this.home);

		// then
		assertThat(first.key()).matches("tga_[0-9a-f]{64}");
		assertThat(second).isEqualTo(first);
		assertThat(Files.readString(this.home.resolve("demo-api-key")).trim()).isEqualTo(first.key());
	}

	@Test
	void takesTheKeyFromTheEnvironmentOverTheStoredOne() throws Exception {
		// given
		DemoApiKey.resolve(null, this.home);
		String fromEnv = "tga_" + "ab".repeat(32);

		// when
		DemoApiKey key = DemoApiKey.resolve(fromEnv, this.home);

		// then
		assertThat(key.key()).isEqualTo(fromEnv);
		assertThat(key.prefix()).isEqualTo("tga_abababab");
	}

	@Test
	void storesOnlyTheSha256OfTheKey() {
		// given
		DemoApiKey key = new DemoApiKey("tga_" + "0".repeat(64));

		// when / then: the digest sha256sum gives for the same ASCII text
		assertThat(key.sha256()).isEqualTo("30d362159458ec283530231d748204284d1d939f85b0dfcba95e8ee06b5f7ff9");
	}

	@Test
	void rejectsAMalformedKeyFromTheEnvironment() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoApiKey.resolve("tga_XYZ", this.home))
			.withMessageContaining("VIDTRACK_DEMO_API_KEY");
	}

}
