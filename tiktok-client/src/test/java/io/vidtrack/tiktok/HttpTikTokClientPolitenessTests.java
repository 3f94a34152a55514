package io.vidtrack.tiktok;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vidtrack.tiktok.FetchMetrics.Endpoint;
import io.vidtrack.tiktok.StubTikTok.Reply;

import static io.vidtrack.tiktok.PageFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class HttpTikTokClientPolitenessTests {

	private static final String VIDEO_ID = "7421688026996585528";

	private StubTikTok tiktok;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	@BeforeEach
	void start() throws Exception {
		tiktok = new StubTikTok();
	}

	@AfterEach
	void stop() {
		tiktok.close();
	}

	private HttpTikTokClient client(TikTokClientSettings settings) {
		return new HttpTikTokClient(settings, clock);
	}

	@Test
	void retriesServerErrorsUntilTheyPass() {
		// given
		tiktok.reply(Reply.status(503), Reply.status(502), Reply.ok(page("video.html")));
		try (HttpTikTokClient client = client(HttpTikTokClientTests.settings(tiktok.baseUrl()))) {

			// when
			FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

			// then
			assertThat(result).isInstanceOf(FetchResult.Ok.class);
			assertThat(tiktok.requests()).hasSize(3);
			assertThat(client.metrics().retries()).isEqualTo(2);
			assertThat(client.metrics().count(Endpoint.POST, "ok")).isEqualTo(1);
		}
	}

	@Test
	void waitsAsLongAsRetryAfterAsksUpToTheMaximumBackoff() {
		// given: backoff alone would wait about a millisecond
		tiktok.reply(Reply.status(429).header("Retry-After", "5"), Reply.ok(page("video.html")));
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl())
			.withRetries(3, Duration.ofMillis(1), Duration.ofMillis(300));
		try (HttpTikTokClient client = client(settings)) {

			// when
			FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

			// then
			assertThat(result).isInstanceOf(FetchResult.Ok.class);
			List<StubTikTok.Request> requests = tiktok.requests();
			assertThat(Duration.ofNanos(requests.get(1).nanoTime() - requests.get(0).nanoTime()))
				.isBetween(Duration.ofMillis(290), Duration.ofMillis(3000));
		}
	}

	@Test
	void reportsRateLimitedWithTheServersRetryAfterWhenAttemptsRunOut() {
		// given
		tiktok.otherwise((request) -> Reply.status(429).header("Retry-After", "Thu, 01 Jan 2026 00:00:07 GMT"));
		try (HttpTikTokClient client = client(HttpTikTokClientTests.settings(tiktok.baseUrl()))) {

			// when
			FetchResult<Profile> result = client.fetchProfile("demo.creator");

			// then
			assertThat(result).isEqualTo(new FetchResult.RateLimited<>(Duration.ofSeconds(7)));
			assertThat(tiktok.requests()).hasSize(3);
		}
	}

	@Test
	void reportsFailedWhenServerErrorsOutlastTheAttempts() {
		// given
		tiktok.otherwise((request) -> Reply.status(500));
		try (HttpTikTokClient client = client(HttpTikTokClientTests.settings(tiktok.baseUrl()))) {

			// when
			FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

			// then
			assertThat(result).isEqualTo(new FetchResult.Failed<>("HTTP 500"));
			assertThat(tiktok.requests()).hasSize(3);
			assertThat(client.metrics().count(Endpoint.POST, "failed")).isEqualTo(1);
		}
	}

	@Test
	void retriesTimeouts() {
		// given
		tiktok.reply(Reply.ok(page("video.html")).delayed(2_000), Reply.ok(page("video.html")));
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl())
			.withRequestTimeout(Duration.ofMillis(200));
		try (HttpTikTokClient client = client(settings)) {

			// when
			FetchResult<Post> result = client.fetchPost("demo.creator", VIDEO_ID);

			// then
			assertThat(result).isInstanceOf(FetchResult.Ok.class);
			assertThat(client.metrics().retries()).isEqualTo(1);
		}
	}

	@Test
	void closingTheClientCutsOffARequestInFlightInsteadOfWaitingForIt() throws Exception {
		// given a page that would take 20 s
		tiktok.reply(Reply.ok(page("video.html")).delayed(20_000));
		HttpTikTokClient client = client(HttpTikTokClientTests.settings(tiktok.baseUrl())
			.withRequestTimeout(Duration.ofSeconds(30)));
		try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<FetchResult<Post>> fetch = thread.submit(() -> client.fetchPost("demo.creator", VIDEO_ID));
			while (tiktok.requests().isEmpty()) {
				sleep(10);
			}

			// when
			long closing = System.nanoTime();
			client.close();

			// then
			assertThat(fetch.get(10, TimeUnit.SECONDS)).isNotInstanceOf(FetchResult.Ok.class);
			assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void stopsCallingAfterAWallUntilTheCooldownEnds() {
		// given
		tiktok.reply(Reply.ok(page("waf.html"))).otherwise((request) -> Reply.ok(page("profile.html")));
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl())
			.withBlockedCooldown(Duration.ofMinutes(5));
		try (HttpTikTokClient client = client(settings)) {

			// when
			FetchResult<Post> wall = client.fetchPost("demo.creator", VIDEO_ID);
			FetchResult<Profile> refused = client.fetchProfile("demo.creator");
			clock.advance(Duration.ofMinutes(5));
			FetchResult<Profile> after = client.fetchProfile("demo.creator");

			// then
			assertThat(wall).isEqualTo(new FetchResult.Blocked<>("WAF challenge page (Please wait...)"));
			assertThat(refused).isInstanceOfSatisfying(FetchResult.Blocked.class,
					(blocked) -> assertThat(blocked.reason()).isEqualTo(
							"blocked until 2026-01-01T00:05:00Z after: WAF challenge page (Please wait...)"));
			assertThat(after).isInstanceOf(FetchResult.Ok.class);
			assertThat(tiktok.requests()).hasSize(2);
			assertThat(client.metrics().snapshot()).containsEntry("post.blocked", 1L).containsEntry("profile.blocked", 1L);
		}
	}

	@Test
	void refusesCallersStillWaitingForTheRateLimitOnceAWallIsHit() throws Exception {
		// given: one request a second, so only the first caller gets out before the wall is known
		tiktok.reply(Reply.ok(page("verify.html"))).otherwise((request) -> Reply.ok(page("profile.html")));
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl()).withRateLimit(1, 16);
		try (HttpTikTokClient client = client(settings)) {

			// when
			List<FetchResult<?>> results = runConcurrently(5, () -> client.fetchProfile("demo.creator"));

			// then
			assertThat(results).allSatisfy((result) -> assertThat(result).isInstanceOf(FetchResult.Blocked.class));
			assertThat(tiktok.requests()).hasSize(1);
		}
	}

	@Test
	void spacesRequestsFromManyThreadsByTheRateLimit() throws Exception {
		// given: 20 per second is one request every 50 ms
		tiktok.otherwise((request) -> Reply.ok(page("profile.html")));
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl()).withRateLimit(20, 16);
		try (HttpTikTokClient client = client(settings)) {

			// when
			runConcurrently(6, () -> client.fetchProfile("demo.creator"));

			// then: six permits span at least five periods, less the part of the first one already gone
			List<StubTikTok.Request> requests = tiktok.requests();
			assertThat(requests).hasSize(6);
			assertThat(Duration.ofNanos(requests.get(5).nanoTime() - requests.get(0).nanoTime()))
				.isGreaterThanOrEqualTo(Duration.ofMillis(200));
		}
	}

	@Test
	void keepsAtMostMaxConcurrencyRequestsInFlight() throws Exception {
		// given
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		tiktok.otherwise((request) -> {
			mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			sleep(60);
			inFlight.decrementAndGet();
			return Reply.ok(page("profile.html"));
		});
		TikTokClientSettings settings = HttpTikTokClientTests.settings(tiktok.baseUrl()).withRateLimit(1000, 2);
		try (HttpTikTokClient client = client(settings)) {

			// when
			List<FetchResult<?>> results = runConcurrently(8, () -> client.fetchProfile("demo.creator"));

			// then
			assertThat(results).allSatisfy((result) -> assertThat(result).isInstanceOf(FetchResult.Ok.class));
			assertThat(mostInFlight.get()).isEqualTo(2);
		}
	}

	private static List<FetchResult<?>> runConcurrently(int calls, java.util.concurrent.Callable<FetchResult<?>> call)
			throws Exception {
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<FetchResult<?>>> futures = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				futures.add(threads.submit(call));
			}
			List<FetchResult<?>> results = new ArrayList<>();
			for (Future<FetchResult<?>> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
