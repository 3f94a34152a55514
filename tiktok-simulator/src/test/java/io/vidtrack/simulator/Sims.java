package io.vidtrack.simulator;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Test fixtures: a fixed instant, a config on a movable clock, and ways to find posts of a kind. */
final class Sims {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private Sims() {
	}

	static SimulatorConfig config(MutableClock clock) {
		return SimulatorConfig.defaults().withClock(clock).withOrigin(NOW);
	}

	static List<SimPost> allPosts(Population population, Instant now) {
		return population.creators().stream().flatMap(creator -> population.postsOf(creator, now).stream()).toList();
	}

	static SimPost find(Population population, Predicate<SimPost> kind) {
		return allPosts(population, NOW).stream()
			.filter(kind)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such post in the population"));
	}

	static String pagePath(SimPost post) {
		return "/@" + post.creator().handle() + (post.photo() ? "/photo/" : "/video/") + post.id();
	}

}
