package io.vidtrack.simulator.internal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.internal.Mix;

import org.jspecify.annotations.Nullable;

/**
 * {@code /api/post/item_list/}: a creator's visible posts, newest first, paged by a millisecond cursor.
 * Cursor 0 asks for the newest page; otherwise only posts created strictly before the cursor are listed,
 * and the response cursor is the oldest returned post's create time, so paging never repeats a post.
 */
final class Listings {

	static final int DEFAULT_COUNT = 30;

	static final int MAX_COUNT = 35;

	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private Listings() {
	}

	static Response render(Population population, @Nullable SimCreator creator, long cursor, int count, Instant now) {
		long seed = population.config().seed();
		if (creator == null) {
			JsonOut out = start(10221, "user not found", cursor, false, 0);
			out.emptyArray("itemList");
			return finish(out, seed, now);
		}
		int newest = population.postCount(creator, now);
		if (cursor > 0) {
			long lastSecond = Math.floorDiv(cursor - 1, 1000);
			newest = Math.min(newest, population.postCount(creator, Instant.ofEpochSecond(lastSecond)));
		}
		List<SimPost> page = new ArrayList<>(count);
		int k = newest - 1;
		for (; k >= 0 && page.size() < count; k--) {
			SimPost post = population.postAt(creator, k);
			if (post.visible()) {
				page.add(post);
			}
		}
		boolean hasMore = false;
		for (; k >= 0 && !hasMore; k--) {
			hasMore = population.postAt(creator, k).visible();
		}
		long nextCursor = page.isEmpty() ? cursor : page.getLast().createdAt().getEpochSecond() * 1000;
		JsonOut out = start(0, "", nextCursor, hasMore, page.size());
		CreatorStats authorStats = population.creatorStatsAt(creator, now);
		out.array("itemList");
		for (SimPost post : page) {
			out.beginObject();
			ItemJson.write(out,
					new ItemView(post, population.statsAt(post, now), authorStats, seed, now.toEpochMilli()), false);
			out.endObject();
		}
		out.endArray();
		return finish(out, seed, now);
	}

	private static JsonOut start(int statusCode, String statusMsg, long cursor, boolean hasMore, int items) {
		// items weigh 6-9 KB: size the buffer once instead of doubling it through a 200 KB listing
		JsonOut out = new JsonOut(1024 + items * 9 * 1024, false);
		return out.beginObject()
			.field("statusCode", statusCode)
			.field("status_code", statusCode)
			.field("status_msg", statusMsg)
			.field("cursor", Long.toString(cursor))
			.field("hasMore", hasMore);
	}

	private static Response finish(JsonOut out, long seed, Instant now) {
		String logId = LOG_TIME.format(now) + new Tokens(Mix.hash(seed, 72, now.toEpochMilli())).upperHex(18);
		out.object("extra").emptyArray("fatal_item_ids").field("logid", logId).field("now", now.toEpochMilli())
			.endObject()
			.object("log_pb").field("impr_id", logId).endObject()
			.endObject();
		return Response.json(out.toBytes());
	}

}
