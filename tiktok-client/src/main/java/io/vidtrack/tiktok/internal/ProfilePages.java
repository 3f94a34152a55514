package io.vidtrack.tiktok.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Profile;

/** The profile page {@code /@handle}: {@code webapp.user-detail.userInfo}. */
public final class ProfilePages {

	private static final ByteSearch USER_DETAIL_KEY = ScopeReader.key("webapp.user-detail");

	private static final List<String> SCOPES = List.of("webapp.user-detail");

	private ProfilePages() {
	}

	public static FetchResult<Profile> parse(byte[] html, String requestedHandle) {
		try {
			return switch (PageJson.locate(html)) {
				case PageJson.Universal universal -> fromUniversal(universal.json(), requestedHandle);
				case PageJson.Sigi sigi -> LegacyPages.profile(Jackson.readTree(sigi.json()), requestedHandle);
				case PageJson.NextData next -> fromDetail(Jackson.readTree(next.json()).path("props").path("pageProps"),
						requestedHandle);
				case PageJson.Missing missing -> BlockMarkers.classifyMissingState(missing);
			};
		}
		catch (JacksonException ex) {
			return new FetchResult.LayoutChanged<>("malformed rehydration JSON: " + Jackson.describe(ex));
		}
	}

	private static FetchResult<Profile> fromUniversal(JsonSlice json, String requestedHandle) {
		JsonNode sought = ScopeReader.seek(json, USER_DETAIL_KEY, Fields.ALL);
		FetchResult<Profile> profile = (sought != null) ? fromDetail(sought, requestedHandle) : null;
		if (profile instanceof FetchResult.Ok<Profile>) {
			return profile;
		}
		List<String> seen = new ArrayList<>();
		ScopeReader.Scope scope = ScopeReader.read(json, SCOPES, seen);
		if (scope == null) {
			return new FetchResult.LayoutChanged<>("no webapp.user-detail in rehydration JSON (scopes: " + seen + ")");
		}
		return fromDetail(scope.node(), requestedHandle);
	}

	private static FetchResult<Profile> fromDetail(JsonNode detail, String requestedHandle) {
		FetchResult<Profile> gone = StatusCodes.gone(detail);
		if (gone != null) {
			return gone;
		}
		JsonNode userInfo = Json.object(detail, "userInfo");
		if (userInfo == null) {
			return new FetchResult.LayoutChanged<>("user detail has no userInfo");
		}
		return UserInfos.toProfile(userInfo, requestedHandle);
	}

}
