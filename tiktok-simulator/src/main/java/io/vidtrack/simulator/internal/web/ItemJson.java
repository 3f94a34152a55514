package io.vidtrack.simulator.internal.web;

import java.util.List;

import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.internal.Mix;

/**
 * A post's {@code itemStruct}, in the page form ({@code createTime} a string, every field) or the listing
 * form ({@code createTime} an int, slimmer video).
 */
final class ItemJson {

	private static final String[] LABELS = { "Food & Drink", "Lifestyle", "Travel", "Comedy", "Fitness", "Beauty",
			"Education", "Pets", "Music", "DIY" };

	private ItemJson() {
	}

	static void write(JsonOut out, ItemView item, boolean page) {
		SimPost post = item.post();
		List<String> tags = captionTags(post.caption());
		out.field("id", post.id()).field("desc", post.caption());
		if (page) {
			out.field("createTime", Long.toString(post.createdAt().getEpochSecond()));
		}
		else {
			out.field("createTime", post.createdAt().getEpochSecond());
		}
		out.field("scheduleTime", 0);
		VideoJson.write(out, item, page);
		AuthorJson.write(out, "author", post.creator(), item.seed(), item.expires(), false);
		MusicJson.write(out, item, page);
		challenges(out, tags, page);
		StatsJson.post(out, item.stats(), page);
		out.emptyArray("warnInfo").field("originalItem", false).field("officalItem", false);
		textExtra(out, "textExtra", post.caption(), tags);
		out.field("secret", false)
			.field("forFriend", false)
			.field("digged", false)
			.field("itemCommentStatus", 0)
			.field("takeDown", 0)
			.emptyArray("effectStickers");
		StatsJson.creator(out, "authorStats", post.creator(), item.authorStats(), item.seed());
		out.field("privateItem", post.privatePost())
			.field("duetEnabled", true)
			.field("stitchEnabled", true)
			.emptyArray("stickersOnItem")
			.field("isAd", false)
			.field("shareEnabled", true)
			.emptyArray("comments")
			.field("duetDisplay", 0)
			.field("stitchDisplay", 0)
			.field("indexEnabled", true)
			.array("diversificationLabels")
			.value(LABELS[Math.floorMod(post.id().hashCode(), LABELS.length)]).value("Lifestyle")
			.endArray()
			.field("locationCreated", "US");
		if (post.photo()) {
			VideoJson.imagePost(out, item, page);
		}
		out.array("contents").beginObject().field("desc", post.caption());
		textExtra(out, "textExtra", post.caption(), tags);
		out.endObject().endArray()
			.field("diversificationId", 10000 + Math.floorMod(post.id().hashCode(), 100))
			.field("collected", false)
			.emptyArray("channelTags")
			.object("item_control").field("can_repost", true).endObject()
			.field("IsAigc", false)
			.field("AIGCDescription", "")
			.field("CategoryType", 100 + Math.floorMod(post.id().hashCode(), 20))
			.field("textLanguage", "en")
			.field("textTranslatable", true)
			.field("isReviewing", false);
		if (page) {
			suggestedWords(out, item, tags);
		}
		out.field("isPinnedItem", false).field("backendSourceEventTracking", "");
	}

	/** The hashtags exactly as the caption carries them, so textExtra offsets point into desc. */
	private static List<String> captionTags(String caption) {
		return List.of(caption.split(" ")).stream().filter(word -> word.startsWith("#") && word.length() > 1)
			.map(word -> word.substring(1)).toList();
	}

	private static void challenges(JsonOut out, List<String> tags, boolean page) {
		out.array("challenges");
		for (String tag : tags) {
			out.beginObject().field("id", Long.toString(1000 + Math.floorMod(Mix.mix(tag.hashCode()), 7_000_000_000L)))
				.field("title", tag).field("desc", page ? "Join the #" + tag + " community and share yours!" : "")
				.field("profileLarger", "").field("profileMedium", "").field("profileThumb", "")
				.field("coverLarger", "").field("coverMedium", "").field("coverThumb", "")
				.endObject();
		}
		out.endArray();
	}

	private static void textExtra(JsonOut out, String name, String caption, List<String> tags) {
		out.array(name);
		for (String tag : tags) {
			int start = caption.indexOf("#" + tag);
			out.beginObject().field("awemeId", "").field("start", start).field("end", start + tag.length() + 1)
				.field("hashtagId", Long.toString(1000 + Math.floorMod(Mix.mix(tag.hashCode()), 7_000_000_000L)))
				.field("hashtagName", tag).field("type", 1).field("subType", 0).field("isCommerce", false)
				.endObject();
		}
		out.endArray();
	}

	private static void suggestedWords(JsonOut out, ItemView item, List<String> tags) {
		out.array("suggestedWords");
		for (String tag : tags) {
			out.value(tag + " ideas");
		}
		out.endArray().object("videoSuggestWordsList").array("video_suggest_words_struct").beginObject()
			.array("words");
		Tokens tokens = item.tokens(4);
		for (String tag : tags) {
			out.beginObject().field("word", tag + " tips").field("word_id", tokens.digits(19)).endObject();
		}
		out.endArray().field("scene", "comment_top").field("hint_text", "Search · ").endObject().endArray()
			.endObject();
	}

}
