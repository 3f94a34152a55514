package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimStats;
import io.vidtrack.simulator.internal.Mix;

/**
 * Count objects in TikTok's two forms: {@code stats} as display-rounded ints, {@code statsV2} as exact
 * strings. On a post page {@code stats.collectCount} is a string, as it really is.
 */
final class StatsJson {

	private StatsJson() {
	}

	static void post(JsonOut out, SimStats stats, boolean pageQuirks) {
		Long views = stats.views();
		out.object("stats");
		if (views != null) {
			out.field("playCount", Numbers.display(views));
		}
		out.field("diggCount", Numbers.display(stats.likes()))
			.field("commentCount", Numbers.display(stats.comments()))
			.field("shareCount", Numbers.display(stats.shares()));
		if (pageQuirks) {
			out.field("collectCount", Long.toString(stats.saves()));
		}
		else {
			out.field("collectCount", Numbers.display(stats.saves()));
		}
		out.endObject().object("statsV2");
		if (views != null) {
			out.field("playCount", Long.toString(views));
		}
		out.field("diggCount", Long.toString(stats.likes()))
			.field("commentCount", Long.toString(stats.comments()))
			.field("shareCount", Long.toString(stats.shares()))
			.field("collectCount", Long.toString(stats.saves()))
			.field("repostCount", "0")
			.endObject();
	}

	/** {@code stats} + {@code statsV2} of a profile, or {@code authorStats} + {@code authorStatsV2} of an item. */
	static void creator(JsonOut out, String name, SimCreator creator, CreatorStats stats, long seed) {
		long hash = Mix.hash(seed, 81, creator.index());
		long digg = Mix.below(hash, 20_000);
		long friends = Mix.below(Mix.mix(hash), 300);
		out.object(name)
			.field("followerCount", Numbers.display(stats.followers()))
			.field("followingCount", Numbers.display(stats.following()))
			.field("heart", Numbers.display(stats.likes()))
			.field("heartCount", Numbers.display(stats.likes()))
			.field("videoCount", stats.videoCount())
			.field("diggCount", Numbers.display(digg))
			.field("friendCount", friends)
			.endObject();
		out.object(name + "V2")
			.field("followerCount", Long.toString(stats.followers()))
			.field("followingCount", Long.toString(stats.following()))
			.field("heart", Long.toString(stats.likes()))
			.field("heartCount", Long.toString(stats.likes()))
			.field("videoCount", Long.toString(stats.videoCount()))
			.field("diggCount", Long.toString(digg))
			.field("friendCount", Long.toString(friends))
			.endObject();
	}

}
