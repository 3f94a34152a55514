package io.vidtrack.simulator.internal.web;

import java.util.Map;

import io.vidtrack.simulator.SimPost;

/**
 * The per-request scopes of a page, written inside {@code __DEFAULT_SCOPE__} after the prebuilt padding:
 * {@code seo.abtest} and then {@code webapp.video-detail} or {@code webapp.user-detail}.
 */
final class Pages {

	private Pages() {
	}

	static Response videoPage(ItemView item) {
		JsonOut out = start(canonical(item.post()), item.post().id());
		out.object("webapp.video-detail").object("itemInfo").object("itemStruct");
		ItemJson.write(out, item, true);
		out.endObject().endObject().object("shareMeta")
			.field("title", item.post().creator().nickname() + " on TikTok")
			.field("desc", Numbers.abbreviated(item.stats().likes()) + " likes, "
					+ Numbers.abbreviated(item.stats().comments()) + " comments. \u201C" + item.post().caption()
					+ "\u201D")
			.endObject()
			.field("statusCode", 0)
			.field("statusMsg", "")
			.endObject();
		return finish(out, item.post().photo() ? PageKind.PHOTO : PageKind.VIDEO);
	}

	static Response videoGone(String canonical, String id, int statusCode, String statusMsg) {
		JsonOut out = start(canonical, id);
		out.object("webapp.video-detail").field("statusCode", statusCode).field("statusMsg", statusMsg)
			.endObject();
		return finish(out, PageKind.GONE);
	}

	static Response profile(ProfileView profile) {
		JsonOut out = start("https://www.tiktok.com/@" + profile.creator().handle(), "");
		ProfileJson.write(out, profile);
		return finish(out, PageKind.PROFILE);
	}

	static Response profileMissing(String handle) {
		JsonOut out = start("https://www.tiktok.com/@" + handle, "");
		out.object("webapp.user-detail").field("statusCode", 10221).field("statusMsg", "user not found")
			.field("needFix", false)
			.endObject();
		return finish(out, PageKind.PROFILE);
	}

	/** What a bot gets: no item, no user, only the app shell's scopes. */
	static Response shell(String canonical) {
		return finish(start(canonical, ""), PageKind.SHELL);
	}

	static String canonical(SimPost post) {
		return canonical(post.creator().handle(), post.id(), post.photo());
	}

	static String canonical(String handle, String id, boolean photo) {
		return "https://www.tiktok.com/@" + handle + (photo ? "/photo/" : "/video/") + id;
	}

	private static JsonOut start(String canonical, String pageId) {
		JsonOut out = JsonOut.continuing(2, 48_000);
		out.object("seo.abtest").field("canonical", canonical).field("pageId", pageId).emptyArray("vidList")
			.object("parameters").object("seo_page_opt").field("vid", "v2").endObject().endObject().endObject();
		return out;
	}

	private static Response finish(JsonOut out, PageKind kind) {
		out.endObject().endObject();
		Templates.Template template = Templates.of(kind);
		return new Response(200, Response.HTML, Map.of(), template.prefix(), out.toBytes(),
				template.suffix());
	}

}
