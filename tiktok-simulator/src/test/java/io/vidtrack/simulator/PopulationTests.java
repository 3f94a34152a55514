package io.vidtrack.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationTests {

	private final MutableClock clock = new MutableClock(Sims.NOW);

	private final Population population = new Population(Sims.config(this.clock));

	@Test
	void creatorsHaveValidUniqueHandlesAndSecUids() {
		// when
		List<SimCreator> creators = this.population.creators();

		// then
		assertThat(creators).hasSize(20);
		assertThat(creators).extracting(SimCreator::handle).doesNotHaveDuplicates()
			.allMatch(handle -> handle.matches("^[A-Za-z0-9._-]{1,30}$"))
			.startsWith("sim.creator0001");
		assertThat(creators).extracting(SimCreator::secUid).doesNotHaveDuplicates()
			.allMatch(secUid -> secUid.matches("^MS4wLjABAAAA[A-Za-z0-9_-]{64}$"));
		assertThat(creators).extracting(SimCreator::userId).doesNotHaveDuplicates()
			.allMatch(id -> id.matches("^\\d{19}$"));
		assertThat(this.population.creator("@SIM.Creator0001")).contains(creators.get(0));
		assertThat(this.population.creatorBySecUid(creators.get(3).secUid())).contains(creators.get(3));
	}

	@Test
	void historyStartsHistoryDaysBeforeTheOriginAndPostsAreNewestFirst() {
		// when
		List<SimPost> posts = this.population.postsOf("sim.creator0001", Sims.NOW);

		// then
		assertThat(posts).isNotEmpty();
		assertThat(posts).extracting(SimPost::createdAt)
			.allMatch(at -> !at.isAfter(Sims.NOW) && !at.isBefore(Sims.NOW.minus(Duration.ofDays(30))))
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(posts).hasSizeBetween(30 * 24 / 48, 30 * 24 / 12 + 1);
	}

	@Test
	void idsDecodeBackToTheirPostAndCarryTheUploadSecond() {
		// given
		List<SimPost> posts = Sims.allPosts(this.population, Sims.NOW);

		// then
		Set<String> ids = new HashSet<>();
		for (SimPost post : posts) {
			assertThat(this.population.post(post.id())).contains(post);
			long upload = Long.parseLong(post.id()) >>> 32;
			assertThat(post.createdAt().getEpochSecond() - upload).isBetween(10L, 70L);
			assertThat(ids.add(post.id())).isTrue();
		}
	}

	@Test
	void forgedIdsAreRejected() {
		// given
		long id = Long.parseLong(this.population.postsOf("sim.creator0001", Sims.NOW).get(0).id());

		// then
		assertThat(this.population.post(Long.toString(id + (1L << 32)))).isEmpty();
		assertThat(this.population.post(Long.toString(id ^ 0x5A5AL))).isEmpty();
		assertThat(this.population.post("7421688026996585528")).isEmpty();
		assertThat(this.population.post("12ab")).isEmpty();
		assertThat(this.population.post("")).isEmpty();
		assertThat(this.population.post("99999999999999999999999")).isEmpty();
	}

	@Test
	void shortCodesRoundTrip() {
		// given
		SimPost post = this.population.postsOf("sim.creator0002", Sims.NOW).get(3);

		// when
		String code = this.population.shortCodeOf(post.id());

		// then
		assertThat(code).matches("^ZM[0-9A-Za-z]{7}$");
		assertThat(this.population.postByShortCode(code)).contains(post);
		assertThat(this.population.postByShortCode(code.substring(0, 8) + (code.endsWith("A") ? "B" : "A"))).isEmpty();
	}

	@Test
	void countsNeverDecreaseAsTheClockMoves() {
		// given
		List<SimPost> posts = Sims.allPosts(this.population, Sims.NOW);

		// then
		for (SimPost post : posts) {
			SimStats previous = this.population.statsAt(post, post.createdAt().minusSeconds(1));
			assertThat(previous.likes()).isZero();
			for (long hours = 0; hours < 24 * 120; hours += 7) {
				SimStats next = this.population.statsAt(post, post.createdAt().plus(Duration.ofHours(hours)));
				assertThat(orZero(next.views())).isGreaterThanOrEqualTo(orZero(previous.views()));
				assertThat(next.likes()).isGreaterThanOrEqualTo(previous.likes());
				assertThat(next.comments()).isGreaterThanOrEqualTo(previous.comments());
				assertThat(next.shares()).isGreaterThanOrEqualTo(previous.shares());
				assertThat(next.saves()).isGreaterThanOrEqualTo(previous.saves());
				previous = next;
			}
		}
	}

	@Test
	void countsGrowFastThenSlowlyWithRealisticMagnitudes() {
		// given
		SimPost post = this.population.postsOf("sim.creator0003", Sims.NOW).stream()
			.filter(p -> !p.photo())
			.findFirst()
			.orElseThrow();

		// when
		long day1 = this.population.statsAt(post, post.createdAt().plus(Duration.ofDays(1))).views();
		long day10 = this.population.statsAt(post, post.createdAt().plus(Duration.ofDays(10))).views();
		long day20 = this.population.statsAt(post, post.createdAt().plus(Duration.ofDays(20))).views();
		SimStats late = this.population.statsAt(post, post.createdAt().plus(Duration.ofDays(30)));

		// then
		assertThat(day20 - day10).isPositive().isLessThan(day1);
		assertThat(late.views()).isBetween(100L, 20_000_000L);
		assertThat(late.likes()).isBetween(late.views() / 60, late.views() / 8);
	}

	@Test
	void newPostsAppearAsTheClockMoves() {
		// given
		SimCreator creator = this.population.creators().get(0);
		int before = this.population.postsOf(creator, this.clock.instant()).size();

		// when
		Instant later = this.clock.advance(Duration.ofDays(10));

		// then
		List<SimPost> after = this.population.postsOf(creator, later);
		assertThat(after.size()).isGreaterThan(before + 3);
		assertThat(after.get(0).createdAt()).isAfter(Sims.NOW);
		assertThat(this.population.post(after.get(0).id())).contains(after.get(0));
	}

	@Test
	void followersGrowWithTime() {
		// given
		SimCreator creator = this.population.creators().get(5);

		// when
		CreatorStats now = this.population.creatorStatsAt(creator, Sims.NOW);
		CreatorStats later = this.population.creatorStatsAt(creator, Sims.NOW.plus(Duration.ofDays(30)));

		// then
		assertThat(later.followers()).isGreaterThan(now.followers());
		assertThat(later.likes()).isGreaterThan(now.likes());
		assertThat(later.videoCount()).isGreaterThan(now.videoCount());
	}

	@Test
	void sameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
		// given
		Population twin = new Population(Sims.config(new MutableClock(Sims.NOW)));
		Population other = new Population(Sims.config(new MutableClock(Sims.NOW)).withSeed(7));

		// then
		assertThat(twin.creators()).isEqualTo(this.population.creators());
		assertThat(twin.postsOf("sim.creator0004", Sims.NOW)).isEqualTo(this.population.postsOf("sim.creator0004", Sims.NOW));
		assertThat(other.creators().get(0).secUid()).isNotEqualTo(this.population.creators().get(0).secUid());
	}

	@Test
	void aBenchmarkSizedPopulationIsComputedOnDemand() {
		// given
		Population large = new Population(Sims.config(new MutableClock(Sims.NOW)).withCreators(1000)
			.withHistoryDays(8).withPostEveryHours(1.5, 2.5));

		// when
		List<SimPost> posts = Sims.allPosts(large, Sims.NOW);

		// then
		assertThat(posts).hasSizeGreaterThan(75_000);
		SimPost last = posts.get(posts.size() - 1);
		assertThat(large.post(last.id())).contains(last);
	}

	private static long orZero(Long value) {
		return (value != null) ? value : 0;
	}

}
