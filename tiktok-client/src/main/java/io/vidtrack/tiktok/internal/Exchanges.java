package io.vidtrack.tiktok.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The requests the client makes, with TikTok's headers, and the redirects a page fetch may follow: a couple of
 * same-host hops (a handle's canonical case, a trailing slash), never off-host, and a {@code /login} target is
 * a wall, not a page.
 */
public final class Exchanges {

	private static final int MAX_REDIRECTS = 2;

	// what link-preview bots send; TikTok answers them with the plain redirect
	private static final String SHORT_LINK_AGENT = "facebookexternalhit/1.1";

	private final PoliteHttp http;

	private final String userAgent;

	private final Duration timeout;

	public Exchanges(PoliteHttp http, String userAgent, Duration timeout) {
		this.http = http;
		this.userAgent = userAgent;
		this.timeout = timeout;
	}

	public HttpOutcome page(URI uri) {
		return get(uri, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
	}

	public HttpOutcome json(URI uri) {
		return get(uri, "application/json, text/plain, */*");
	}

	/** One HEAD request; its redirect is the answer, so it is not followed. */
	public HttpOutcome head(URI uri) {
		return http.send(request(uri, "*/*", SHORT_LINK_AGENT).method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private HttpOutcome get(URI uri, String accept) {
		URI current = uri;
		for (int hop = 0;; hop++) {
			HttpOutcome outcome = http.send(request(current, accept, userAgent).GET().build());
			if (!(outcome instanceof HttpOutcome.Response response) || !response.isRedirect()) {
				return outcome;
			}
			Optional<URI> target = location(response);
			if (target.isEmpty()) {
				return outcome;
			}
			if (isLogin(target.get())) {
				return new HttpOutcome.LoginWall(target.get());
			}
			if (hop == MAX_REDIRECTS || !sameHost(current, target.get())) {
				return outcome;
			}
			current = target.get();
		}
	}

	/** The absolute redirect target, if the response names a usable one. */
	public static Optional<URI> location(HttpOutcome.Response response) {
		try {
			return response.header("Location").map((location) -> response.uri().resolve(location.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public static boolean isLogin(URI target) {
		String path = target.getPath();
		return path != null && (path.equals("/login") || path.startsWith("/login/"));
	}

	private static boolean sameHost(URI a, URI b) {
		return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
	}

	private HttpRequest.Builder request(URI uri, String accept, String agent) {
		return HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("User-Agent", agent)
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.header("Referer", uri.getScheme() + "://" + uri.getAuthority().toLowerCase(Locale.ROOT) + "/");
	}

}
