package io.vidtrack.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request body past 16 MB is refused before anything reads it into memory. */
class BodyLimitTests extends ApiTestBase {

	private static final String TOO_LARGE = """
			{"data":null,"error":"The request body is larger than 16777216 bytes","meta":{"code":"invalid_body"}}""";

	@Test
	void refusesADeclaredLengthPastTheLimitWithoutReadingTheBody() throws IOException {
		// given: a POST that says a gigabyte follows, and sends none of it
		Org org = fixtures().org("ultra");
		String head = "POST /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + org.writeKey()
				+ "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\nConnection: close\r\n\r\n";

		// when
		String answer;
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			answer = response(socket.getInputStream());
		}

		// then
		assertThat(answer).startsWith("HTTP/1.1 400").endsWith(TOO_LARGE);
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Integer.class, org.id()))
			.isZero();
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimit() {
		// given: a valid project body padded past 16 MB with spaces, sent in chunks
		Org org = fixtures().org("ultra");
		String body = "{\"name\": \"big\"}" + " ".repeat(17 * 1024 * 1024);

		// when
		Response response = api(org.writeKey()).postInChunks("/api/v1/projects", body);

		// then
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(TOO_LARGE);
	}

	@Test
	void readsAChunkedBodyWithinTheLimitAsAnyOther() {
		// given
		Org org = fixtures().org("ultra");

		// when
		Response response = api(org.writeKey()).postInChunks("/api/v1/projects", "{\"name\": \"chunked\"}");

		// then
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.data().path("name").asString()).isEqualTo("chunked");
	}

	// the status line, the headers and as many body bytes as they declare: the server keeps the connection open
	// a while for the body it was promised, so reading to its end would wait for that
	private static String response(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			head.append((char) next);
		}
		int length = head.toString()
			.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
			.map((line) -> Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()))
			.findFirst()
			.orElse(0);
		return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

}
