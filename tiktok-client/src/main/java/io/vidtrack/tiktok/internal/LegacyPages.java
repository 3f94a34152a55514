package io.vidtrack.tiktok.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.Profile;

/** The {@code SIGI_STATE} shape (2022 to early 2024), kept in case a region or A/B bucket still serves it. */
final class LegacyPages {

	private LegacyPages() {
	}

	static FetchResult<Post> post(JsonNode state, String requestedId) {
		FetchResult<Post> gone = StatusCodes.gone(state.path("VideoPage"));
		if (gone != null) {
			return gone;
		}
		JsonNode item = state.path("ItemModule").get(requestedId);
		if (item == null || !item.isObject()) {
			return new FetchResult.LayoutChanged<>("SIGI_STATE has no ItemModule entry for " + requestedId);
		}
		return ItemStructs.toPost(item, requestedId);
	}

	static FetchResult<Profile> profile(JsonNode state, String requestedHandle) {
		FetchResult<Profile> gone = StatusCodes.gone(state.path("UserPage"));
		if (gone != null) {
			return gone;
		}
		JsonNode users = state.path("UserModule").path("users");
		String key = keyFor(users, requestedHandle);
		if (key == null) {
			return new FetchResult.LayoutChanged<>("SIGI_STATE has no UserModule entry for @" + requestedHandle);
		}
		ObjectNode userInfo = Jackson.MAPPER.createObjectNode();
		userInfo.set("user", users.get(key));
		userInfo.set("stats", state.path("UserModule").path("stats").path(key));
		return UserInfos.toProfile(userInfo, requestedHandle);
	}

	// users are keyed by uniqueId, in the case TikTok stores, which need not be the case asked for
	private static @Nullable String keyFor(JsonNode users, String handle) {
		if (!users.isObject()) {
			return null;
		}
		for (Map.Entry<String, JsonNode> entry : users.properties()) {
			if (entry.getKey().equalsIgnoreCase(handle) || (handle.isEmpty() && users.size() == 1)) {
				return entry.getKey();
			}
		}
		return null;
	}

}
