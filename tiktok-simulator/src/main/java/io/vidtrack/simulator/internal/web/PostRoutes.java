package io.vidtrack.simulator.internal.web;

import java.time.Instant;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;

/**
 * The pages under {@code /@handle}: the profile and the post pages. A post page is looked up by id alone,
 * as TikTok does ({@code /@/video/ID} and a wrong handle both work); a post that is not live yet at the
 * clock's time does not exist.
 */
final class PostRoutes {

	private final Population population;

	private final long seed;

	PostRoutes(Population population) {
		this.population = population;
		this.seed = population.config().seed();
	}

	/** {@code rest} is the path after "/@": "handle", "handle/video/ID" or "handle/photo/ID". */
	Response route(String rest, Instant now, boolean shell) {
		String[] segments = trimSlash(rest).split("/", -1);
		if (segments.length == 1) {
			return shell ? Pages.shell("https://www.tiktok.com/@" + segments[0]) : profile(segments[0], now);
		}
		if (segments.length == 3 && (segments[1].equals("video") || segments[1].equals("photo"))) {
			return shell ? Pages.shell("https://www.tiktok.com/@" + rest) : post(segments[0], segments[2], now);
		}
		return Response.of(404, Response.HTML, "<html><body>Page not available</body></html>");
	}

	private Response profile(String handle, Instant now) {
		SimCreator creator = this.population.creator(handle).orElse(null);
		if (creator == null) {
			return Pages.profileMissing(handle);
		}
		CreatorStats stats = this.population.creatorStatsAt(creator, now);
		return Pages.profile(new ProfileView(creator, stats, this.seed, now.toEpochMilli()));
	}

	private Response post(String handle, String id, Instant now) {
		SimPost post = this.population.post(id).filter(found -> !found.createdAt().isAfter(now)).orElse(null);
		if (post == null) {
			return Pages.videoGone(Pages.canonical(handle, id, false), id, 10204, "item doesn't exist");
		}
		if (post.deleted()) {
			return Pages.videoGone(Pages.canonical(post), id, 10204, "item_privacy_authorization&status_deleted");
		}
		if (post.privatePost()) {
			return Pages.videoGone(Pages.canonical(post), id, 10216, "item_privacy_authorization&author_secret");
		}
		CreatorStats authorStats = this.population.creatorStatsAt(post.creator(), now);
		return Pages.videoPage(
				new ItemView(post, this.population.statsAt(post, now), authorStats, this.seed, now.toEpochMilli()));
	}

	private static String trimSlash(String path) {
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

}
