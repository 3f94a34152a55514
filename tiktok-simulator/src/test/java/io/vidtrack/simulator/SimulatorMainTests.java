package io.vidtrack.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorMainTests {

	@Test
	void argumentsOverrideTheEnvironment() {
		// given
		Map<String, String> env = Map.of("VIDTRACK_SIM_PORT", "9000", "VIDTRACK_SIM_HISTORY_DAYS", "12", "HOME", "/root");

		// when
		Map<String, String> options = SimulatorMain.options(new String[] { "--port=9100", "--creators=5" }, env);

		// then
		assertThat(options).containsExactlyInAnyOrderEntriesOf(
				Map.of("port", "9100", "history-days", "12", "creators", "5"));
	}

	@Test
	void argumentsMustBeNameValuePairs() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.options(new String[] { "8089" }, Map.of()));
	}

}
