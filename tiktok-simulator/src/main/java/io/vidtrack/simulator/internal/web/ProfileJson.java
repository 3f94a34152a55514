package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.SimCreator;

/**
 * {@code webapp.user-detail}: the user, its counts in both forms, and the always-empty {@code itemList}
 * (real profiles stopped embedding posts; listings come from the item_list endpoint). A private account
 * answers 10222 and still carries its userInfo.
 */
final class ProfileJson {

	private ProfileJson() {
	}

	static void write(JsonOut out, ProfileView profile) {
		SimCreator creator = profile.creator();
		CreatorStats stats = profile.stats();
		out.object("webapp.user-detail").object("userInfo");
		AuthorJson.write(out, "user", creator, profile.seed(), profile.expires(), true);
		StatsJson.creator(out, "stats", creator, stats, profile.seed());
		out.emptyArray("itemList").endObject()
			.object("shareMeta")
			.field("title", creator.nickname() + " (@" + creator.handle() + ") | TikTok")
			.field("desc", "@" + creator.handle() + " " + Numbers.abbreviated(stats.followers()) + " Followers, "
					+ Numbers.abbreviated(stats.following()) + " Following, " + Numbers.abbreviated(stats.likes())
					+ " Likes - Watch awesome short videos created by " + creator.nickname())
			.endObject()
			.field("statusCode", creator.privateAccount() ? 10222 : 0)
			.field("statusMsg", creator.privateAccount() ? "author_secret" : "")
			.field("needFix", true)
			.endObject();
	}

}
