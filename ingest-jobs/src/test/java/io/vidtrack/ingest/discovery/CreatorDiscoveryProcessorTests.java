package io.vidtrack.ingest.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.vidtrack.ingest.FakeTikTokClient;
import io.vidtrack.ingest.support.FetchFailedException;
import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.ListingPager;
import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;
import org.junit.jupiter.api.Test;

import static io.vidtrack.ingest.FakeTikTokClient.post;
import static io.vidtrack.ingest.FakeTikTokClient.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CreatorDiscoveryProcessorTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	private final FakeTikTokClient client = new FakeTikTokClient();

	private final FetchGuard guard = new FetchGuard();

	private final CreatorDiscoveryProcessor processor = new CreatorDiscoveryProcessor(this.client,
			new ListingPager(this.client, this.guard, 30, 10), this.guard, Clock.fixed(NOW, ZoneOffset.UTC),
			Duration.ofHours(48));

	@Test
	void keepsOnlyThePostsFromTheStartOfTheTrackingStartDateInTheOrgsZone() {
		// given: the start date 2026-11-20 begins at 2026-11-19T23:00Z in Berlin
		DueCreator creator = creator("Europe/Berlin", null, false);
		this.client.profile("ana", new FetchResult.Ok<>(profile("ana", false)));
		listing(post("3", "ana", Instant.parse("2026-11-24T10:00:00Z"), 5),
				post("2", "ana", Instant.parse("2026-11-19T23:30:00Z"), 5),
				post("1", "ana", Instant.parse("2026-11-19T22:30:00Z"), 5));

		// when
		CreatorDiscovery discovery = this.processor.process(creator);

		// then
		assertThat(discovery).isInstanceOfSatisfying(CreatorDiscovery.Found.class, (found) -> {
			assertThat(found.posts()).extracting(Post::id).containsExactly("3", "2");
			assertThat(found.profileStatus()).isEqualTo("ok");
			assertThat(found.at()).isEqualTo(NOW);
		});
	}

	@Test
	void readsNoListingOfAPrivateAccount() {
		// given
		this.client.profile("ana", new FetchResult.Ok<>(profile("ana", true)));

		// when
		CreatorDiscovery discovery = this.processor.process(creator("UTC", null, false));

		// then
		assertThat(discovery).isInstanceOfSatisfying(CreatorDiscovery.Found.class, (found) -> {
			assertThat(found.posts()).isEmpty();
			assertThat(found.profileStatus()).isEqualTo("private");
		});
		assertThat(this.client.requests()).isEqualTo(1);
	}

	@Test
	void marksAMissingAccountNotFound() {
		// given
		this.client.profile("ana", new FetchResult.Gone<>(FetchResult.GoneReason.NOT_FOUND, 10221, "user not exist"));

		// when
		CreatorDiscovery discovery = this.processor.process(creator("UTC", null, false));

		// then
		assertThat(discovery).isInstanceOfSatisfying(CreatorDiscovery.Unavailable.class, (gone) -> {
			assertThat(gone.profileStatus()).isEqualTo("not_found");
			assertThat(gone.reason()).contains("10221");
		});
	}

	@Test
	void skipsACreatorWhoseProfileCannotBeParsed() {
		// given
		this.client.profile("ana", new FetchResult.LayoutChanged<>("no webapp.user-detail"));

		// when / then
		assertThatExceptionOfType(FetchFailedException.class)
			.isThrownBy(() -> this.processor.process(creator("UTC", null, false)))
			.satisfies((ex) -> {
				assertThat(ex.failure().target().type()).isEqualTo("creator");
				assertThat(ex.failure().reason()).isEqualTo("no webapp.user-detail");
			});
	}

	@Test
	void pagesBackOnlyToThePreviousDiscoveryLessTheOverlap() {
		// given: discovered a week ago, so the walk may stop at posts older than nine days
		DueCreator creator = new DueCreator(1, 2, 3, "ana", null, "auto", LocalDate.parse("2026-11-01"), "UTC",
				NOW.minus(Duration.ofDays(7)), false, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
		this.client.profile("ana", new FetchResult.Ok<>(profile("ana", false)));
		this.client.listing("sec-ana", 0, new FetchResult.Ok<>(new PostListing(
				List.of(post("3", "ana", NOW.minus(Duration.ofDays(10)), 5)), true, 111)));

		// when
		CreatorDiscovery discovery = this.processor.process(creator);

		// then
		assertThat(((CreatorDiscovery.Found) discovery).posts()).hasSize(1);
		assertThat(this.client.cursorsAsked()).containsExactly(0L);
	}

	@Test
	void pagesBackToTheStartDateWhenDiscoveryWasRequested() {
		// given
		DueCreator creator = creator("UTC", NOW.minus(Duration.ofDays(1)), true);
		this.client.profile("ana", new FetchResult.Ok<>(profile("ana", false)));
		this.client.listing("sec-ana", 0, new FetchResult.Ok<>(new PostListing(
				List.of(post("3", "ana", NOW.minus(Duration.ofDays(3)), 5)), true, 111)));
		this.client.listing("sec-ana", 111, new FetchResult.Ok<>(new PostListing(
				List.of(post("2", "ana", NOW.minus(Duration.ofDays(4)), 5)), false, 222)));

		// when
		CreatorDiscovery discovery = this.processor.process(creator);

		// then
		assertThat(((CreatorDiscovery.Found) discovery).posts()).extracting(Post::id).containsExactly("3", "2");
	}

	private void listing(Post... posts) {
		this.client.listing("sec-ana", 0, new FetchResult.Ok<>(new PostListing(List.of(posts), false, 0)));
	}

	private static DueCreator creator(String timezone, Instant lastDiscovered, boolean requested) {
		return new DueCreator(1, 2, 3, "ana", null, "auto", LocalDate.parse("2026-11-20"), timezone, lastDiscovered,
				requested, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
	}

}
