package io.vidtrack.tiktok.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;

/** The post page {@code /@handle/video/id}: {@code webapp.video-detail.itemInfo.itemStruct}. */
public final class PostPages {

	private static final ByteSearch VIDEO_DETAIL_KEY = ScopeReader.key("webapp.video-detail");

	// desktop first; mobile pages carry the same item under the reflow scope
	private static final List<String> SCOPES = List.of("webapp.video-detail", "webapp.reflow.video.detail");

	private PostPages() {
	}

	public static FetchResult<Post> parse(byte[] html, String requestedId) {
		try {
			return switch (PageJson.locate(html)) {
				case PageJson.Universal universal -> fromUniversal(universal.json(), requestedId);
				case PageJson.Sigi sigi -> LegacyPages.post(Jackson.readTree(sigi.json()), requestedId);
				case PageJson.NextData next -> fromDetail(Jackson.readTree(next.json()).path("props").path("pageProps"),
						requestedId);
				case PageJson.Missing missing -> BlockMarkers.classifyMissingState(missing);
			};
		}
		catch (JacksonException ex) {
			return new FetchResult.LayoutChanged<>("malformed rehydration JSON: " + Jackson.describe(ex));
		}
	}

	private static FetchResult<Post> fromUniversal(JsonSlice json, String requestedId) {
		JsonNode sought = ScopeReader.seek(json, VIDEO_DETAIL_KEY, Fields.VIDEO_DETAIL);
		FetchResult<Post> post = (sought != null) ? fromDetail(sought, requestedId) : null;
		if (post instanceof FetchResult.Ok<Post>) {
			return post;
		}
		List<String> seen = new ArrayList<>();
		ScopeReader.Scope scope = ScopeReader.read(json, SCOPES, seen);
		if (scope == null) {
			return new FetchResult.LayoutChanged<>("no webapp.video-detail in rehydration JSON (scopes: " + seen + ")");
		}
		return fromDetail(scope.node(), requestedId);
	}

	static FetchResult<Post> fromDetail(JsonNode detail, String requestedId) {
		FetchResult<Post> gone = StatusCodes.gone(detail);
		if (gone != null) {
			return gone;
		}
		JsonNode item = detail.path("itemInfo").path("itemStruct");
		if (!item.isObject()) {
			return new FetchResult.LayoutChanged<>("video detail has no itemInfo.itemStruct");
		}
		return ItemStructs.toPost(item, requestedId);
	}

}
