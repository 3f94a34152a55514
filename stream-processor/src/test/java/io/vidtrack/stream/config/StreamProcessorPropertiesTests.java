package io.vidtrack.stream.config;

import io.vidtrack.stream.topology.StatePlacement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class StreamProcessorPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void keepsTheStateOnTheHeapButTheHistoryOnDiskByDefault() {
		this.context.run((context) -> assertThat(context.getBean(StreamProcessorProperties.class).topology()
			.settings()
			.state()).isEqualTo(StatePlacement.HISTORY_ON_DISK));
	}

	@Test
	void readsAPlacementWrittenAsInTheEnvironment() {
		this.context.withPropertyValues("vidtrack.stream.topology.state=disk")
			.run((context) -> assertThat(context.getBean(StreamProcessorProperties.class).topology().state())
				.isEqualTo(StatePlacement.DISK));
	}

	@Test
	void refusesToStartWithAPlacementItDoesNotKnow() {
		this.context.withPropertyValues("vidtrack.stream.topology.state=tape")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("vidtrack.stream.topology.state")
				.hasStackTraceContaining("tape"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StreamProcessorProperties.class)
	static class PropertiesOnly {

	}

}
