package io.vidtrack.tiktok;

import org.jspecify.annotations.Nullable;

/** A creator's public profile: who they are and their counts. */
public record Profile(String userId, String handle, String secUid, @Nullable String displayName,
		@Nullable String avatarUrl, boolean privateAccount, @Nullable Long followers, @Nullable Long following,
		@Nullable Long totalLikes, @Nullable Long videoCount) {
}
