package io.vidtrack.tiktok;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimStats;
import io.vidtrack.simulator.SimulatorConfig;
import io.vidtrack.simulator.SimulatorServer;
import io.vidtrack.tiktok.FetchResult.GoneReason;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against the simulator's pages: what it parses is what the population holds. */
class SimulatorPagesTests {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static SimulatorServer simulator;

	private static Population population;

	@BeforeAll
	static void start() {
		simulator = SimulatorServer.start(SimulatorConfig.defaults()
			.withCreators(3)
			.withClock(Clock.fixed(NOW, ZoneOffset.UTC))
			.withOrigin(NOW), 0);
		population = simulator.population();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@AfterEach
	void resetFaults() {
		simulator.faults().reset();
	}

	private static HttpTikTokClient client() {
		return new HttpTikTokClient(TikTokClientSettings.defaults(simulator.baseUrl())
			.withRateLimit(1000, 8)
			.withRetries(3, Duration.ofMillis(1), Duration.ofMillis(10)));
	}

	@Test
	void readsAProfileAsThePopulationHasIt() {
		// given
		SimCreator creator = population.creators().get(0);
		CreatorStats stats = population.creatorStatsAt(creator, NOW);

		try (HttpTikTokClient client = client()) {
			// when
			FetchResult<Profile> result = client.fetchProfile(creator.handle());

			// then
			assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class, (ok) -> assertThat((Profile) ok.value())
				.usingRecursiveComparison()
				.ignoringFields("avatarUrl")
				.isEqualTo(new Profile(creator.userId(), creator.handle(), creator.secUid(), creator.nickname(), null,
						creator.privateAccount(), stats.followers(), stats.following(), stats.likes(), stats.videoCount())));
		}
	}

	@Test
	void pagesThroughAListingToEveryVisiblePostWithItsStats() {
		// given
		SimCreator creator = population.creators().get(1);
		List<Post> expected = population.postsOf(creator, NOW).stream().filter(SimPost::visible).map(this::post).toList();

		try (HttpTikTokClient client = client()) {
			// when
			List<Post> listed = new ArrayList<>();
			long cursor = 0;
			for (int page = 0; page < 20; page++) {
				PostListing listing = ok(client.fetchPosts(creator.secUid(), cursor, 10));
				listed.addAll(listing.posts());
				if (!listing.hasMore()) {
					break;
				}
				cursor = listing.nextCursorMillis();
			}

			// then
			assertThat(expected).hasSizeGreaterThan(10);
			assertThat(listed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("coverUrl")
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	void readsAVideoAndAPhotoPage() {
		// given
		SimPost video = find((post) -> post.visible() && !post.photo());
		SimPost photo = find((post) -> post.visible() && post.photo());

		try (HttpTikTokClient client = client()) {
			// when
			Post readVideo = ok(client.fetchPost(video.creator().handle(), video.id()));
			Post readPhoto = ok(client.fetchPost("", photo.id()));

			// then
			assertThat(readVideo).usingRecursiveComparison().ignoringFields("coverUrl").isEqualTo(post(video));
			assertThat(readPhoto).usingRecursiveComparison().ignoringFields("coverUrl").isEqualTo(post(photo));
			assertThat(readVideo.coverUrl()).startsWith("https://");
			assertThat(readPhoto.coverUrl()).startsWith("https://");
		}
	}

	@Test
	void reportsDeletedAndPrivatePostsAsGone() {
		// given
		SimPost deleted = find(SimPost::visible);
		SimPost hidden = find((post) -> post.visible() && !post.id().equals(deleted.id()));
		simulator.faults().markDeleted(deleted.id()).markPrivate(hidden.id());

		try (HttpTikTokClient client = client()) {
			// when
			FetchResult<Post> gone = client.fetchPost(deleted.creator().handle(), deleted.id());
			FetchResult<Post> secret = client.fetchPost(hidden.creator().handle(), hidden.id());

			// then
			assertThat(gone).isInstanceOfSatisfying(FetchResult.Gone.class,
					(result) -> assertThat(result.reason()).isEqualTo(GoneReason.DELETED));
			assertThat(secret).isInstanceOfSatisfying(FetchResult.Gone.class,
					(result) -> assertThat(result.reason()).isEqualTo(GoneReason.PRIVATE));
		}
	}

	@Test
	void resolvesAShortLinkToItsPost() {
		// given
		SimPost post = find(SimPost::visible);
		TikTokUrl.ShortLink link = (TikTokUrl.ShortLink) TikTokUrls
			.parse("https://vm.tiktok.com/" + population.shortCodeOf(post.id()) + "/");

		try (HttpTikTokClient client = client()) {
			// when
			FetchResult<TikTokUrl.PostUrl> result = client.resolveShortLink(link);

			// then
			assertThat(result).isEqualTo(
					new FetchResult.Ok<>(new TikTokUrl.PostUrl(post.creator().handle(), post.id(), post.photo())));
		}
	}

	@Test
	void classifiesInjectedFaults() {
		// given
		SimPost post = find(SimPost::visible);
		SimCreator creator = post.creator();

		try (HttpTikTokClient client = client()) {
			// when
			simulator.faults().failNext("/@", Fault.HTTP_503, 1);
			FetchResult<Post> afterRetry = client.fetchPost(creator.handle(), post.id());
			simulator.faults().failNext("/api/", Fault.EMPTY_BODY, 1);
			FetchResult<PostListing> listingAfterRetry = client.fetchPosts(creator.secUid(), 0, 5);
			simulator.faults().failNext("/@", Fault.MALFORMED_JSON, 1);
			FetchResult<Post> malformed = client.fetchPost(creator.handle(), post.id());
			simulator.faults().failNext("/@", Fault.SHELL_PAGE, 1);
			FetchResult<Profile> shell = client.fetchProfile(creator.handle());
			simulator.faults().failNext("/@", Fault.CAPTCHA, 1);
			FetchResult<Post> captcha = client.fetchPost(creator.handle(), post.id());
			FetchResult<Profile> afterCaptcha = client.fetchProfile(creator.handle());

			// then
			assertThat(afterRetry).isInstanceOf(FetchResult.Ok.class);
			assertThat(listingAfterRetry).isInstanceOf(FetchResult.Ok.class);
			assertThat(malformed).isInstanceOf(FetchResult.LayoutChanged.class);
			assertThat(shell).isInstanceOf(FetchResult.LayoutChanged.class);
			assertThat(captcha).isInstanceOf(FetchResult.Blocked.class);
			assertThat(afterCaptcha).isInstanceOf(FetchResult.Blocked.class);
			assertThat(client.metrics().retries()).isEqualTo(2);
		}
	}

	private Post post(SimPost post) {
		SimStats stats = population.statsAt(post, NOW);
		return new Post(post.id(), post.creator().handle(), post.creator().secUid(), post.caption(), post.createdAt(),
				null, post.photo(), new PostStats(stats.views(), stats.likes(), stats.comments(), stats.shares(),
						stats.saves()));
	}

	private static SimPost find(Predicate<SimPost> kind) {
		return population.creators()
			.stream()
			.flatMap((creator) -> population.postsOf(creator, NOW).stream())
			.filter(kind)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such post in the population"));
	}

	private static <T> T ok(FetchResult<T> result) {
		assertThat(result).isInstanceOf(FetchResult.Ok.class);
		return ((FetchResult.Ok<T>) result).value();
	}

}
