package io.vidtrack.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the ingest jobs on their schedules and relays the outbox to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestJobsApplication {

	public static void main(String[] args) {
		SpringApplication.run(IngestJobsApplication.class, args);
	}

}
