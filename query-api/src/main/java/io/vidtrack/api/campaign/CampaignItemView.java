package io.vidtrack.api.campaign;

import java.time.Instant;

/** One item of a campaign as the detail shows it: {@code type} is creator, video or campaign. */
record CampaignItemView(String type, long id, Instant addedAt) {
}
