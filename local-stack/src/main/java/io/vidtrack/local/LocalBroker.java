package io.vidtrack.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker (the Kafka server jars that spring-kafka-test brings) on a fixed port,
 * with its logs under {@code .vidtrack/kafka} so that topics and offsets survive a restart like Postgres
 * does. spring-kafka-test's own embedded broker cannot do either: it ignores fixed ports and formats
 * temporary directories.
 */
final class LocalBroker implements AutoCloseable {

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private LocalBroker(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	static LocalBroker start(LocalSettings settings) throws Exception {
		Path logDir = settings.home().resolve("kafka");
		String bootstrap = "localhost:" + settings.kafkaPort();
		int controllerPort = settings.kafkaPort() + 1;
		Map<String, Object> config = new HashMap<>();
		config.put("process.roles", "broker,controller");
		config.put("node.id", "1");
		config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
		config.put("listeners", "PLAINTEXT://" + bootstrap + ",CONTROLLER://localhost:" + controllerPort);
		config.put("advertised.listeners", "PLAINTEXT://" + bootstrap);
		config.put("controller.listener.names", "CONTROLLER");
		config.put("inter.broker.listener.name", "PLAINTEXT");
		config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		config.put("log.dirs", logDir.toString());
		config.put("num.partitions", "6");
		// one broker: internal topics (offsets, and transactions for exactly_once_v2) cannot have more replicas
		config.put("offsets.topic.replication.factor", "1");
		config.put("transaction.state.log.replication.factor", "1");
		config.put("transaction.state.log.min.isr", "1");
		config.put("group.initial.rebalance.delay.ms", "0");
		KafkaConfig kafkaConfig = new KafkaConfig(config);
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			format(logDir);
		}
		KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
		server.startup();
		return new LocalBroker(server, bootstrap);
	}

	private static void format(Path logDir) throws Exception {
		Files.createDirectories(logDir);
		new Formatter().setClusterId(Uuid.randomUuid().toString())
			.setNodeId(1)
			.setControllerListenerName("CONTROLLER")
			.setMetadataLogDirectory(logDir.toString())
			.setDirectories(Set.of(logDir.toString()))
			.setReleaseVersion(MetadataVersion.latestProduction())
			.setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
			.run();
	}

	String bootstrapServers() {
		return this.bootstrapServers;
	}

	@Override
	public void close() throws IOException {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
