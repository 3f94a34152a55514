package io.vidtrack.stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Kafka Streams app that keeps counted-only aggregates; its topology lands with the stream issue. */
@SpringBootApplication
public class StreamProcessorApplication {

	public static void main(String[] args) {
		SpringApplication.run(StreamProcessorApplication.class, args);
	}

}
