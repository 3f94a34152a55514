package io.vidtrack.tiktok.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostStats;

/** An {@code itemStruct} (video page, listing item or legacy ItemModule entry) as a {@link Post}. */
final class ItemStructs {

	private ItemStructs() {
	}

	/** {@code requestedId} null accepts any id (listings). */
	static FetchResult<Post> toPost(JsonNode item, @Nullable String requestedId) {
		String id = Json.nonBlank(item, "id");
		if (id == null) {
			return new FetchResult.LayoutChanged<>("item has no id");
		}
		if (requestedId != null && !id.equals(requestedId)) {
			return new FetchResult.LayoutChanged<>("page shows item " + id + ", not the requested " + requestedId);
		}
		JsonNode statsV2 = Json.object(item, "statsV2");
		JsonNode stats = Json.object(item, "stats");
		if (statsV2 == null && stats == null) {
			return new FetchResult.LayoutChanged<>("item " + id + " has no stats");
		}
		Instant createdAt = createdAt(item, id);
		if (createdAt == null) {
			return new FetchResult.LayoutChanged<>("item " + id + " has no createTime");
		}
		JsonNode author = item.get("author");
		JsonNode imagePost = Json.object(item, "imagePost");
		return new FetchResult.Ok<>(new Post(id, handle(author), secUid(item, author), Json.text(item, "desc"),
				createdAt, cover(item, imagePost), imagePost != null, stats(statsV2, stats)));
	}

	private static PostStats stats(@Nullable JsonNode statsV2, @Nullable JsonNode stats) {
		// views are absent on photo posts: unknown, not zero
		return new PostStats(Counts.first(statsV2, stats, "playCount"),
				orZero(Counts.first(statsV2, stats, "diggCount")), orZero(Counts.first(statsV2, stats, "commentCount")),
				orZero(Counts.first(statsV2, stats, "shareCount")), orZero(Counts.first(statsV2, stats, "collectCount")));
	}

	// createTime is a string on pages and an int in listings; the id carries the upload second too
	private static @Nullable Instant createdAt(JsonNode item, String id) {
		Long createTime = Counts.of(item.get("createTime"));
		if (createTime != null && createTime > 0) {
			return Instant.ofEpochSecond(createTime);
		}
		try {
			long seconds = Long.parseUnsignedLong(id) >>> 32;
			return (seconds > 0) ? Instant.ofEpochSecond(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// author is an object today, a plain uniqueId string in legacy ItemModule, and missing on some items
	private static String handle(@Nullable JsonNode author) {
		if (author == null) {
			return "";
		}
		String handle = author.isString() ? author.asString() : Json.nonBlank(author, "uniqueId");
		return (handle != null) ? handle : "";
	}

	private static @Nullable String secUid(JsonNode item, @Nullable JsonNode author) {
		String secUid = (author != null && author.isObject()) ? Json.nonBlank(author, "secUid") : null;
		return (secUid != null) ? secUid : Json.nonBlank(item, "authorSecId");
	}

	private static @Nullable String cover(JsonNode item, @Nullable JsonNode imagePost) {
		JsonNode video = Json.object(item, "video");
		String cover = Json.nonBlank(video, "cover");
		cover = (cover != null) ? cover : Json.nonBlank(video, "originCover");
		if (cover != null || imagePost == null) {
			return cover;
		}
		cover = Json.firstUrl(imagePost.get("cover"));
		JsonNode images = imagePost.path("images");
		return (cover != null || !images.isArray() || images.isEmpty()) ? cover : Json.firstUrl(images.get(0));
	}

	private static long orZero(@Nullable Long count) {
		return (count != null) ? count : 0;
	}

}
