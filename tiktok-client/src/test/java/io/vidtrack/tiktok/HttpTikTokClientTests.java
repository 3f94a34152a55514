package io.vidtrack.tiktok;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vidtrack.tiktok.FetchMetrics.Endpoint;
import io.vidtrack.tiktok.FetchResult.GoneReason;
import io.vidtrack.tiktok.StubTikTok.Reply;

import static io.vidtrack.tiktok.PageFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HttpTikTokClientTests {

	private static final String VIDEO_ID = "7421688026996585528";

	private static final String SEC_UID = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM";

	private StubTikTok tiktok;

	private HttpTikTokClient client;

	@BeforeEach
	void start() throws Exception {
		tiktok = new StubTikTok();
		client = new HttpTikTokClient(settings(tiktok.baseUrl()));
	}

	@AfterEach
	void stop() {
		client.close();
		tiktok.close();
	}

	static TikTokClientSettings settings(URI baseUrl) {
		return TikTokClientSettings.defaults(baseUrl)
			.withRateLimit(1000, 16)
			.withRetries(3, Duration.ofMillis(1), Duration.ofMillis(20))
			.withRequestTimeout(Duration.ofSeconds(5));
	}

	@Test
	void fetchesThePostPageWithBrowserHeaders() {
		// given
		tiktok.reply(Reply.ok(page("video.html")));

		// when
		FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

		// then
		assertThat(result).isEqualTo(TikTokPages.parsePost(page("video.html"), VIDEO_ID));
		StubTikTok.Request request = tiktok.requests().get(0);
		assertThat(request.pathAndQuery()).isEqualTo("/@demo.creator/video/" + VIDEO_ID);
		assertThat(request.headers().getFirst("User-Agent")).startsWith("Mozilla/5.0");
		assertThat(request.headers().getFirst("Accept-Language")).isEqualTo("en");
		assertThat(client.metrics().count(Endpoint.POST, "ok")).isEqualTo(1);
	}

	@Test
	void keepsOneConnectionAliveAcrossRequestsErrorsIncluded() {
		// given
		tiktok.reply(Reply.ok(page("video.html")), Reply.status(404), Reply.ok(page("video.html")),
				Reply.ok(page("video.html")));

		// when one request after the other
		for (int i = 0; i < 4; i++) {
			client.fetchPost("demo.creator", VIDEO_ID);
		}

		// then
		assertThat(tiktok.requests()).hasSize(4);
		assertThat(tiktok.connections()).isEqualTo(1);
	}

	@Test
	void asksForAPostWithoutHandleUnderTheUnderscoreHandle() {
		// given
		tiktok.reply(Reply.ok(page("video.html")));

		// when
		client.fetchPost("", VIDEO_ID);

		// then
		assertThat(tiktok.requests().get(0).pathAndQuery()).isEqualTo("/@_/video/" + VIDEO_ID);
	}

	@Test
	void followsASameHostRedirectToTheCanonicalHandle() {
		// given
		tiktok.reply(Reply.redirect("/@demo.creator/video/" + VIDEO_ID + "?_r=1"), Reply.ok(page("video.html")));

		// when
		FetchResult<Post> result = client.fetchPost("", VIDEO_ID);

		// then
		assertThat(result).isInstanceOf(FetchResult.Ok.class);
		assertThat(tiktok.requests()).extracting(StubTikTok.Request::pathAndQuery)
			.containsExactly("/@_/video/" + VIDEO_ID, "/@demo.creator/video/" + VIDEO_ID + "?_r=1");
	}

	@Test
	void reportsARedirectToTheLoginPageAsBlocked() {
		// given
		tiktok.reply(Reply.redirect("/login?redirect_url=https%3A%2F%2Fwww.tiktok.com%2F%40demo.creator"));

		// when
		FetchResult<Profile> result = client.fetchProfile("demo.creator");

		// then
		assertThat(result).isEqualTo(new FetchResult.Blocked<>("login wall: redirected to /login"));
		assertThat(tiktok.requests()).hasSize(1);
	}

	@Test
	void fetchesTheProfilePage() {
		// given
		tiktok.reply(Reply.ok(page("profile.html")));

		// when
		FetchResult<Profile> result = client.fetchProfile("demo.creator");

		// then
		assertThat(result).isEqualTo(TikTokPages.parseProfile(page("profile.html"), "demo.creator"));
		assertThat(tiktok.requests().get(0).pathAndQuery()).isEqualTo("/@demo.creator");
	}

	@Test
	void asksTheListingEndpointWithTheCursor() {
		// given
		tiktok.reply(Reply.ok(page("listing.json")));

		// when
		FetchResult<PostListing> result = client.fetchPosts(SEC_UID, 1727999999000L, 30);

		// then
		assertThat(result).isEqualTo(TikTokPages.parseListing(page("listing.json")));
		assertThat(tiktok.requests().get(0).pathAndQuery()).isEqualTo("/api/post/item_list/"
				+ "?aid=1988&app_name=tiktok_web&device_platform=web_pc&secUid=" + SEC_UID + "&count=30&cursor=1727999999000");
	}

	@Test
	void retriesAnEmptyListingBody() {
		// given
		tiktok.reply(Reply.ok(new byte[0]), Reply.ok(page("listing.json")));

		// when
		FetchResult<PostListing> result = client.fetchPosts(SEC_UID, 0, 30);

		// then
		assertThat(result).isInstanceOf(FetchResult.Ok.class);
		assertThat(client.metrics().retries()).isEqualTo(1);
	}

	@Test
	void resolvesAShortLinkThroughTheBaseUrlWithOneHeadRequest() {
		// given
		tiktok.reply(Reply.status(301).header("Location", "/@demo.creator/video/" + VIDEO_ID + "?_t=ZT-8tup5&_r=1"));

		// when
		FetchResult<TikTokUrl.PostUrl> result = client.resolveShortLink(new TikTokUrl.ShortLink("vm.tiktok.com", "ZMabcdEF"));

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new TikTokUrl.PostUrl("demo.creator", VIDEO_ID, false)));
		StubTikTok.Request request = tiktok.requests().get(0);
		assertThat(request.method()).isEqualTo("HEAD");
		assertThat(request.pathAndQuery()).isEqualTo("/t/ZMabcdEF/");
		assertThat(tiktok.requests()).hasSize(1);
	}

	@Test
	void resolvesAShortLinkRedirectingToAnAbsoluteUrl() {
		// given
		tiktok.reply(Reply.redirect(tiktok.baseUrl() + "/@chillezy/photo/7240568259186019630"));

		// when
		FetchResult<TikTokUrl.PostUrl> result = client.resolveShortLink(new TikTokUrl.ShortLink("vt.tiktok.com", "ZSabc"));

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new TikTokUrl.PostUrl("chillezy", "7240568259186019630", true)));
	}

	@Test
	void reportsAShortLinkToTheHomePageAsGone() {
		// given
		tiktok.reply(Reply.redirect("https://www.tiktok.com/?_r=1"), Reply.status(404));

		// when
		FetchResult<TikTokUrl.PostUrl> home = client.resolveShortLink(new TikTokUrl.ShortLink("vm.tiktok.com", "ZMdead1"));
		FetchResult<TikTokUrl.PostUrl> missing = client.resolveShortLink(new TikTokUrl.ShortLink("vm.tiktok.com", "ZMdead2"));

		// then
		assertThat(home).isEqualTo(
				new FetchResult.Gone<>(GoneReason.NOT_FOUND, 0, "short link leads to https://www.tiktok.com/?_r=1"));
		assertThat(missing).isEqualTo(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 404, "short link not found"));
	}

	@Test
	void resolvesShortLinksOnTheirOwnHostInProduction() throws Exception {
		// given
		ShortLinks links = new ShortLinks(null, "https://www.tiktok.com");

		// when
		URI vm = links.requestUri(new TikTokUrl.ShortLink("vm.tiktok.com", "ZMabcdEF"));
		URI t = links.requestUri(new TikTokUrl.ShortLink("www.tiktok.com", "ZTRC5xgJp"));

		// then
		assertThat(vm).isEqualTo(URI.create("https://vm.tiktok.com/ZMabcdEF/"));
		assertThat(t).isEqualTo(URI.create("https://www.tiktok.com/t/ZTRC5xgJp/"));
	}

	@Test
	void classifiesHttpStatusesWithoutRetryingFinalOnes() {
		// given
		tiktok.reply(Reply.status(404), Reply.status(403), Reply.ok(page("deleted.html")), Reply.ok(page("shell.html")));

		// when
		FetchResult<Post> notFound = client.fetchPost("demo.creator", VIDEO_ID);
		FetchResult<Post> forbidden = client.fetchPost("demo.creator", VIDEO_ID);

		// then
		assertThat(notFound).isEqualTo(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 404, "HTTP 404"));
		assertThat(forbidden).isEqualTo(new FetchResult.Blocked<>("HTTP 403 forbidden"));
		assertThat(tiktok.requests()).hasSize(2);
		assertThat(client.metrics().retries()).isZero();
	}

	@Test
	void refusesABodyPastSixteenMegabytesDeclaredOrNotWithoutRetryingAndGoesOn() {
		// given: 17 MB, once with its length declared and once in chunks; then a real page
		byte[] huge = new byte[17 * 1024 * 1024];
		tiktok.reply(Reply.ok(huge), Reply.ok(huge).inChunks(), Reply.ok(page("video.html")));

		// when
		FetchResult<Post> declared = client.fetchPost("demo.creator", VIDEO_ID);
		FetchResult<Post> chunked = client.fetchPost("demo.creator", VIDEO_ID);
		FetchResult<Post> next = client.fetchPost("demo.creator", VIDEO_ID);

		// then: a clear reason, one request each, and the client still reads pages
		assertThat(declared).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).isEqualTo("response too large from /@demo.creator/video/"
						+ VIDEO_ID + ": 17825792 bytes declared, at most 16777216 read"));
		assertThat(chunked).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).contains("more than 16777216 bytes sent"));
		assertThat(next).isEqualTo(TikTokPages.parsePost(page("video.html"), VIDEO_ID));
		assertThat(tiktok.requests()).hasSize(3);
	}

	@Test
	void readsAChunkedPageAsItReadsOneWithItsLength() {
		// given
		tiktok.reply(Reply.ok(page("video.html")).inChunks());

		// when
		FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

		// then
		assertThat(result).isEqualTo(TikTokPages.parsePost(page("video.html"), VIDEO_ID));
	}

	@Test
	void neverRetriesGoneOrLayoutChanged() throws Exception {
		// given
		tiktok.reply(Reply.ok(page("deleted.html")), Reply.ok(page("shell.html")));

		// when
		FetchResult<Post> deleted = client.fetchPost("demo.creator", VIDEO_ID);
		FetchResult<Post> shell = client.fetchPost("demo.creator", VIDEO_ID);

		// then
		assertThat(deleted).isInstanceOf(FetchResult.Gone.class);
		assertThat(shell).isInstanceOf(FetchResult.LayoutChanged.class);
		assertThat(tiktok.requests()).hasSize(2);
		assertThat(client.metrics().snapshot()).containsEntry("post.gone", 1L)
			.containsEntry("post.layout_changed", 1L)
			.containsEntry("requests", 2L)
			.containsEntry("retries", 0L);
	}

	@Test
	void answersInvalidIdsWithoutARequest() {
		// when
		FetchResult<Post> post = client.fetchPost("demo.creator", "123");
		FetchResult<Profile> profile = client.fetchProfile("not a handle");

		// then
		assertThat(post).isInstanceOf(FetchResult.Gone.class);
		assertThat(profile).isInstanceOf(FetchResult.Gone.class);
		assertThat(tiktok.requests()).isEmpty();
	}

	@Test
	void sendsThroughTheConfiguredProxy() {
		// given: TikTok's host does not resolve; only the proxy (the stub) can answer
		tiktok.reply(Reply.ok(page("profile.html")));
		try (HttpTikTokClient proxied = new HttpTikTokClient(
				settings(URI.create("http://www.tiktok.invalid")).withProxy("127.0.0.1:" + tiktok.port()),
				java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))) {

			// when
			FetchResult<Profile> result = proxied.fetchProfile("demo.creator");

			// then
			assertThat(result).isInstanceOf(FetchResult.Ok.class);
			assertThat(tiktok.requests().get(0).uri()).isEqualTo(URI.create("http://www.tiktok.invalid/@demo.creator"));
		}
	}

	@Test
	void rejectsAProxySettingThatIsNotHostAndPort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HttpTikTokClient(settings(tiktok.baseUrl()).withProxy("proxy.example")))
			.withMessage("proxy must be host:port, got proxy.example");
	}

}
