package io.vidtrack.tiktok.internal;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What sending one request came to, before any TikTok meaning is given to it. */
public sealed interface HttpOutcome {

	record Response(URI uri, int status, HttpHeaders headers, byte[] body) implements HttpOutcome {

		public Optional<String> header(String name) {
			return headers.firstValue(name);
		}

		public boolean isRedirect() {
			return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
		}

	}

	/** Connect failure, timeout, reset: worth another try. */
	record Unreachable(String reason) implements HttpOutcome {
	}

	/** A body past the transport's cap, left unread: not a shape we know, and no better on a second try. */
	record TooLarge(String reason) implements HttpOutcome {
	}

	/** Not sent: the blocked breaker is open. */
	record Refused(String reason) implements HttpOutcome {
	}

	/** A redirect to {@code /login}: TikTok wants a session, which a scraper must take as a wall. */
	record LoginWall(URI location) implements HttpOutcome {
	}

	record Interrupted() implements HttpOutcome {
	}

}
