package io.vidtrack.tiktok.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Profile;

/** A {@code userInfo} ({@code {user, stats, statsV2}}) as a {@link Profile}. */
final class UserInfos {

	private UserInfos() {
	}

	/** {@code requestedHandle} empty accepts any user; handles compare case-insensitively, as TikTok does. */
	static FetchResult<Profile> toProfile(JsonNode userInfo, String requestedHandle) {
		JsonNode user = Json.object(userInfo, "user");
		if (user == null) {
			return new FetchResult.LayoutChanged<>("userInfo has no user");
		}
		String id = Json.nonBlank(user, "id");
		String handle = Json.nonBlank(user, "uniqueId");
		String secUid = Json.nonBlank(user, "secUid");
		if (id == null || handle == null || secUid == null) {
			return new FetchResult.LayoutChanged<>("user lacks id, uniqueId or secUid");
		}
		if (!requestedHandle.isEmpty() && !handle.equalsIgnoreCase(requestedHandle)) {
			return new FetchResult.LayoutChanged<>("page shows @" + handle + ", not the requested @" + requestedHandle);
		}
		JsonNode statsV2 = Json.object(userInfo, "statsV2");
		JsonNode stats = Json.object(userInfo, "stats");
		if (statsV2 == null && stats == null) {
			return new FetchResult.LayoutChanged<>("user @" + handle + " has no stats");
		}
		// heartCount overflowed int32 once (negative): fall through to heart, or leave it unknown
		return new FetchResult.Ok<>(new Profile(id, handle, secUid, Json.text(user, "nickname"), avatar(user),
				Json.bool(user, "privateAccount"), Counts.first(statsV2, stats, "followerCount"),
				Counts.first(statsV2, stats, "followingCount"), Counts.first(statsV2, stats, "heartCount", "heart"),
				Counts.first(statsV2, stats, "videoCount")));
	}

	private static @Nullable String avatar(JsonNode user) {
		String avatar = Json.nonBlank(user, "avatarLarger");
		avatar = (avatar != null) ? avatar : Json.nonBlank(user, "avatarMedium");
		return (avatar != null) ? avatar : Json.nonBlank(user, "avatarThumb");
	}

}
