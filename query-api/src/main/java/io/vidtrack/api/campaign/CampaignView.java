package io.vidtrack.api.campaign;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vidtrack.api.aggregates.EntityStats;
import org.jspecify.annotations.Nullable;

/**
 * The v1 campaign object. {@code stats} are the live totals of everything under the campaign (a union: a video
 * reached twice counts once); {@code items} only in the detail, absent from lists.
 */
record CampaignView(long id, long projectId, String name, @Nullable String description, @Nullable Long targetViews,
		@Nullable Instant targetAt, Instant createdAt, Instant updatedAt, EntityStats stats,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<CampaignItemView> items) {
}
