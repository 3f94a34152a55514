package io.vidtrack.ingest.discovery;

import java.time.Instant;
import java.util.List;

import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.Profile;

/** What one creator's discovery found. */
sealed interface CreatorDiscovery {

	DueCreator creator();

	Instant at();

	/** The profile, and the posts on or after the tracking start date (none for a private account). */
	record Found(DueCreator creator, Profile profile, List<Post> posts, Instant at) implements CreatorDiscovery {

		String profileStatus() {
			return this.profile.privateAccount() ? "private" : "ok";
		}

	}

	/** The account is gone or private; {@code profileStatus} is {@code not_found} or {@code private}. */
	record Unavailable(DueCreator creator, String profileStatus, String reason, Instant at) implements CreatorDiscovery {
	}

}
