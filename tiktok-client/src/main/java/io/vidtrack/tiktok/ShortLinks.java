package io.vidtrack.tiktok;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.vidtrack.tiktok.FetchResult.GoneReason;
import io.vidtrack.tiktok.internal.Attempt;
import io.vidtrack.tiktok.internal.Exchanges;
import io.vidtrack.tiktok.internal.HttpOutcome;
import io.vidtrack.tiktok.internal.Responses;

/**
 * Resolves a short link by its redirect. A dead code redirects to TikTok's home page, which names no post:
 * that is a link to nothing, {@code Gone}, not an error.
 */
final class ShortLinks {

	// vm.tiktok.com may redirect to www.tiktok.com/t/..., which redirects to the post
	private static final int MAX_SHORT_HOPS = 2;

	private final Exchanges exchanges;

	private final String base;

	private final boolean baseIsTikTok;

	ShortLinks(Exchanges exchanges, String base) {
		this.exchanges = exchanges;
		this.base = base;
		this.baseIsTikTok = isTikTokHost(URI.create(base));
	}

	/** The link's own host in production; the base URL (the simulator) everywhere else. */
	URI requestUri(TikTokUrl.ShortLink link) {
		return URI.create(baseIsTikTok ? link.canonical() : base + "/t/" + link.code() + "/");
	}

	Attempt<TikTokUrl.PostUrl> resolve(TikTokUrl.ShortLink link, Instant now, Duration defaultRetryAfter) {
		URI uri = requestUri(link);
		for (int hop = 0;; hop++) {
			HttpOutcome outcome = exchanges.head(uri);
			Attempt<TikTokUrl.PostUrl> transport = Responses.transport(outcome, now, defaultRetryAfter);
			if (transport != null) {
				return transport;
			}
			HttpOutcome.Response response = (HttpOutcome.Response) outcome;
			if (response.status() == 404 || response.status() == 410) {
				return Attempt.of(new FetchResult.Gone<>(GoneReason.NOT_FOUND, response.status(), "short link not found"));
			}
			Optional<URI> target = response.isRedirect() ? Exchanges.location(response) : Optional.empty();
			if (target.isEmpty()) {
				return Attempt.of(new FetchResult.LayoutChanged<>(
						"short link answered HTTP " + response.status() + " without a redirect"));
			}
			if (Exchanges.isLogin(target.get())) {
				return Attempt.of(new FetchResult.Blocked<>("login wall: redirected to " + target.get().getPath()));
			}
			TikTokUrl url;
			try {
				url = parse(target.get());
			}
			catch (InvalidTikTokUrlException ex) {
				return Attempt.of(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 0, "short link leads to " + target.get()));
			}
			switch (url) {
				case TikTokUrl.PostUrl post -> {
					return Attempt.of(new FetchResult.Ok<>(post));
				}
				case TikTokUrl.ProfileUrl profile -> {
					return Attempt.of(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 0,
							"short link leads to a profile, not a post: " + profile.canonical()));
				}
				case TikTokUrl.ShortLink next -> {
					if (hop == MAX_SHORT_HOPS) {
						return Attempt.of(new FetchResult.LayoutChanged<>("short link redirects through too many short links"));
					}
					uri = requestUri(next);
				}
			}
		}
	}

	// the simulator redirects to its own host: read the path as if TikTok had served it
	private static TikTokUrl parse(URI target) {
		if (isTikTokHost(target)) {
			return TikTokUrls.parse(target.toString());
		}
		return TikTokUrls.parsePath((target.getRawPath() != null) ? target.getRawPath() : "/");
	}

	private static boolean isTikTokHost(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return host.equals("tiktok.com") || host.endsWith(".tiktok.com") || host.endsWith("tiktokv.com");
	}

}
