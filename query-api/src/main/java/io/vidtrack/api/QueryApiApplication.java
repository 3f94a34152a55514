package io.vidtrack.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The v1 HTTP API and the dashboard; its endpoints land with the query-api issue. */
@SpringBootApplication
public class QueryApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(QueryApiApplication.class, args);
	}

}
