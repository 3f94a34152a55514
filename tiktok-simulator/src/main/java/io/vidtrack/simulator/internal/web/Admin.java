package io.vidtrack.simulator.internal.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.vidtrack.simulator.Faults;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;

/**
 * {@code /_sim/...}: health, the population (so a script can find what to scrape), and fault control.
 * Never faulted itself.
 */
final class Admin {

	private final Population population;

	private final AdminFaults faults;

	private final LongAdder served;

	Admin(Population population, Faults faults, LongAdder served) {
		this.population = population;
		this.faults = new AdminFaults(population, faults);
		this.served = served;
	}

	Response handle(Request request) {
		Instant now = this.population.config().clock().instant();
		boolean post = request.method().equals("POST");
		try {
			return switch (request.path()) {
				case "/_sim/health" -> health(now);
				case "/_sim/creators" -> creators();
				case "/_sim/posts" -> posts(request, now);
				case "/_sim/faults" -> post ? this.faults.set(request) : this.faults.settings();
				case "/_sim/faults/reset" -> post ? this.faults.reset() : notAllowed();
				case "/_sim/faults/next" -> post ? this.faults.failNext(request) : notAllowed();
				case "/_sim/posts/deleted" -> post ? this.faults.mark(request, true) : notAllowed();
				case "/_sim/posts/private" -> post ? this.faults.mark(request, false) : notAllowed();
				default -> Response.of(404, Response.JSON, "{\"error\":\"no such admin path\"}");
			};
		}
		catch (IllegalArgumentException ex) {
			JsonOut out = new JsonOut(256, false).beginObject().field("error", String.valueOf(ex.getMessage()))
				.endObject();
			return new Response(400, Response.JSON, Map.of(), out.toBytes());
		}
	}

	private Response health(Instant now) {
		return Response.json(new JsonOut(256, false).beginObject()
			.field("status", "UP")
			.field("creators", this.population.creators().size())
			.field("origin", this.population.origin().toString())
			.field("now", now.toString())
			.field("served", this.served.sum())
			.endObject()
			.toBytes());
	}

	private Response creators() {
		JsonOut out = new JsonOut(this.population.creators().size() * 200 + 16, false).beginArray();
		for (SimCreator creator : this.population.creators()) {
			out.beginObject().field("handle", creator.handle()).field("secUid", creator.secUid())
				.field("userId", creator.userId()).field("nickname", creator.nickname())
				.field("privateAccount", creator.privateAccount()).endObject();
		}
		return Response.json(out.endArray().toBytes());
	}

	/** {@code GET /_sim/posts?handle=H}: the creator's posts so far, newest first, hidden ones flagged. */
	private Response posts(Request request, Instant now) {
		String handle = request.param("handle");
		SimCreator creator = (handle != null) ? this.population.creator(handle).orElse(null) : null;
		if (creator == null) {
			throw new IllegalArgumentException("unknown or missing handle");
		}
		JsonOut out = new JsonOut(16_384, false).beginArray();
		for (SimPost post : this.population.postsOf(creator, now)) {
			out.beginObject().field("id", post.id()).field("url", Pages.canonical(post))
				.field("shortCode", this.population.shortCodeOf(post.id()))
				.field("createTime", post.createdAt().getEpochSecond()).field("photo", post.photo())
				.field("deleted", post.deleted()).field("private", post.privatePost()).endObject();
		}
		return Response.json(out.endArray().toBytes());
	}

	private static Response notAllowed() {
		return Response.of(405, Response.JSON, "{\"error\":\"use POST\"}");
	}

}
