package io.vidtrack.api;

import io.vidtrack.api.admin.AdminCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The v1 HTTP API over Postgres and the stream processor's aggregates. With an admin command as its first
 * argument ({@code create-org}, {@code create-key}, {@code revoke-key}, {@code list-keys}) it runs that instead.
 */
@SpringBootApplication
public class QueryApiApplication {

	public static void main(String[] args) {
		if (AdminCli.handles(args)) {
			System.exit(AdminCli.run(QueryApiApplication.class, args));
		}
		SpringApplication.run(QueryApiApplication.class, args);
	}

}
