package io.vidtrack.api.admin;

import io.vidtrack.api.admin.AdminCommands.AdminException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Runs an admin command with the app's own database settings ({@code VIDTRACK_DB_URL} …) but no web server and
 * no outbox relay, then exits.
 */
public final class AdminCli {

	private AdminCli() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && AdminCommands.COMMANDS.contains(args[0]);
	}

	/** @return the process exit status */
	public static int run(Class<?> application, String[] args) {
		ApplicationArguments arguments = new DefaultApplicationArguments(args);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("vidtrack.outbox.relay.enabled=false", "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run()) {
			new AdminCommands(context.getBean(JdbcOperations.class), System.out).run(arguments);
			return 0;
		}
		catch (AdminException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
	}

}
