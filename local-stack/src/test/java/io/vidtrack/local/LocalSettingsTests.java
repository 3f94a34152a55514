package io.vidtrack.local;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalSettingsTests {

	@Test
	void usesTheDocumentedDefaultAddresses() {
		// when
		LocalSettings settings = LocalSettings.from(Map.of(), false);

		// then
		assertThat(settings.apiPort()).isEqualTo(8080);
		assertThat(settings.simulatorUrl()).isEqualTo("http://127.0.0.1:8089");
		assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:15432/vidtrack");
		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.home().getFileName()).hasToString(".vidtrack");
		assertThat(settings.apps()).containsExactly("ingest-jobs", "stream-processor", "query-api");
	}

	@Test
	void takesEachAddressFromTheEnvironment() {
		// when
		LocalSettings settings = LocalSettings.from(Map.of("VIDTRACK_API_PORT", "9090", "VIDTRACK_PG_PORT", "25432",
				"VIDTRACK_KAFKA_PORT", "29092", "VIDTRACK_LOCAL_APPS", "ingest-jobs, query-api"), true);

		// then
		assertThat(settings.apiPort()).isEqualTo(9090);
		assertThat(settings.jdbcUrl()).contains(":25432/");
		assertThat(settings.kafkaPort()).isEqualTo(29092);
		assertThat(settings.apps()).containsExactly("ingest-jobs", "query-api");
		assertThat(settings.fresh()).isTrue();
	}

	@Test
	void namesTheVariableThatIsNotANumberOrAnUnknownApp() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalSettings.from(Map.of("VIDTRACK_API_PORT", "eighty"), false))
			.withMessageContaining("VIDTRACK_API_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalSettings.from(Map.of("VIDTRACK_LOCAL_APPS", "ingest-jobs,dashboard"), false))
			.withMessageContaining("dashboard");
	}

}
