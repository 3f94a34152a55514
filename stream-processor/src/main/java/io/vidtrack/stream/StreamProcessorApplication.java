package io.vidtrack.stream;

import io.vidtrack.stream.rebuild.ReplayCommand;
import io.vidtrack.stream.verify.VerifyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Kafka Streams app that keeps counted-only aggregates and writes them to Postgres. With the argument
 * {@code verify} it checks the stored aggregates instead ({@link VerifyCommand}), with {@code replay} it
 * publishes the history again for a rebuild ({@link ReplayCommand}), and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StreamProcessorApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("verify")) {
			System.exit(VerifyCommand.run(System.out));
		}
		if (args.length > 0 && args[0].equals("replay")) {
			System.exit(ReplayCommand.run(System.out));
		}
		SpringApplication.run(StreamProcessorApplication.class, args);
	}

}
