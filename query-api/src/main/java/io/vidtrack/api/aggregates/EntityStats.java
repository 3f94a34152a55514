package io.vidtrack.api.aggregates;

import org.jspecify.annotations.Nullable;

/**
 * The live {@code stats} of a project, creator or campaign: counted videos only, as the stream processor keeps
 * them. {@code engagement_rate} = (likes + comments + shares + saves) / views × 100, null when views are 0.
 */
public record EntityStats(long videos, long views, long likes, long comments, long shares, long saves,
		@Nullable Double engagementRate) {

	public static final EntityStats ZERO = of(0, 0, 0, 0, 0, 0);

	public static EntityStats of(long videos, long views, long likes, long comments, long shares, long saves) {
		Double rate = (views == 0) ? null : (likes + comments + shares + saves) * 100.0 / views;
		return new EntityStats(videos, views, likes, comments, shares, saves, rate);
	}

}
