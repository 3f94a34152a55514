package io.vidtrack.api.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vidtrack.api.admin.AdminCommands.AdminException;
import io.vidtrack.api.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminCommandsTests extends ApiTestBase {

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private AdminCommands commands() {
		return new AdminCommands(this.jdbc, new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	@Test
	void aKeyMadeOnTheCommandLineIsShownOnceAndWorksUntilRevoked() {
		// given
		long org = commands().createOrg("Acme", "starter", "Europe/Berlin");

		// when
		String key = commands().createKey(org, "ci", List.of("read"));

		// then
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains(key);
		assertThat(this.jdbc.queryForObject("select count(*) from api_keys where key_hash = ?", Long.class,
				io.vidtrack.api.auth.ApiKeys.sha256(key))).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from api_keys where key_prefix = ? and key_hash <> ?",
				Long.class, key.substring(0, 12), key)).isEqualTo(1);
		assertThat(api(key).get("/api/v1/org").data().path("timezone").asString()).isEqualTo("Europe/Berlin");
		assertThat(api(key).patch("/api/v1/org", "{}").status()).isEqualTo(403);

		// when
		long keyId = this.jdbc.queryForObject("select id from api_keys where key_hash = ?", Long.class,
				io.vidtrack.api.auth.ApiKeys.sha256(key));
		commands().run(new DefaultApplicationArguments("revoke-key", "--id=" + keyId));

		// then
		assertThat(api(key).get("/api/v1/org").status()).isEqualTo(401);
	}

	@Test
	void mistakesOnTheCommandLineAreExplainedAndChangeNothing() {
		long orgsBefore = this.jdbc.queryForObject("select count(*) from orgs", Long.class);

		assertThatThrownBy(() -> commands().run(new DefaultApplicationArguments("create-org", "--name=X", "--plan=gold")))
			.isInstanceOf(AdminException.class)
			.hasMessageContaining("Unknown plan gold");
		assertThatThrownBy(() -> commands().run(new DefaultApplicationArguments("create-key", "--org=1")))
			.isInstanceOf(AdminException.class)
			.hasMessageContaining("--name= is required");
		assertThatThrownBy(() -> commands().run(new DefaultApplicationArguments("list-keys", "--org=abc")))
			.isInstanceOf(AdminException.class)
			.hasMessageContaining("--org= must be a number");
		assertThatThrownBy(() -> commands().createKey(1, "k", List.of("admin")))
			.isInstanceOf(AdminException.class)
			.hasMessageContaining("read and/or write");
		assertThat(this.jdbc.queryForObject("select count(*) from orgs", Long.class)).isEqualTo(orgsBefore);
	}

}
