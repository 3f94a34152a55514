package io.vidtrack.api.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.plan.PlanLimits;
import io.vidtrack.api.tracking.VideoStates;
import io.vidtrack.api.video.internal.PastedUrl;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.tiktok.TikTokUrl;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds videos to a project by URL as {@code direct_add}, queued for a capture within seconds. Runs under the org
 * row's lock (the plan's video cap), which also serializes two adds of the same video. A video the project already
 * tracks is answered as it is; an excluded one is tracked again as a direct add, since the user asked for it by
 * name: it takes a place under the cap and keeps its history.
 */
@Component
class VideoAdds {

	private static final String PROJECT = "select id from projects where org_id = ? and id = ? for share";

	private static final String EXISTING = """
			select id, tracking_status from videos where project_id = ? and tiktok_video_id = ? for update""";

	private static final String INSERT = """
			insert into videos (project_id, tiktok_video_id, url, is_photo, tracking_status, capture_requested_at)
			values (?, ?, ?, ?, 'direct_add', now()) returning id""";

	private static final String RETRACK = """
			update videos set tracking_status = 'direct_add', capture_requested_at = now(),
				next_capture_at = '-infinity', updated_at = now()
			where id = ?""";

	private final JdbcOperations jdbc;

	private final PlanLimits limits;

	private final VideoStates states;

	private final Videos videos;

	VideoAdds(JdbcOperations jdbc, PlanLimits limits, VideoStates states, Videos videos) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.states = states;
		this.videos = videos;
	}

	/** One URL: the video and whether it was added now (else it was already tracked), or 402 over the cap. */
	@Transactional
	Added addOne(long orgId, long projectId, TikTokUrl.PostUrl post) {
		PlanLimits.Room room = lockProject(orgId, projectId);
		Track track = track(room, projectId, post);
		if (track.outcome().equals(AddOutcome.LIMIT_REACHED)) {
			throw room.refusal();
		}
		publishAdded(List.of(track));
		return new Added(this.videos.get(orgId, track.videoId()), track.outcome().equals(AddOutcome.ADDED));
	}

	/** Many URLs, in order: each row its own outcome; the cap refuses rows, never the request. */
	@Transactional
	List<AddOutcome> addAll(long orgId, long projectId, List<PastedUrl> urls) {
		PlanLimits.Room room = lockProject(orgId, projectId);
		List<Track> tracks = new ArrayList<>();
		for (PastedUrl url : urls) {
			tracks.add(switch (url) {
				case PastedUrl.Post post -> track(room, projectId, post.post());
				case PastedUrl.Invalid invalid -> new Track(AddOutcome.INVALID_URL, 0, invalid.message());
			});
		}
		publishAdded(tracks);
		Map<Long, VideoView> views = this.videos.byIds(orgId,
				tracks.stream().map(Track::videoId).filter((id) -> id > 0).distinct().toList());
		List<AddOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < urls.size(); i++) {
			Track track = tracks.get(i);
			outcomes.add(new AddOutcome(urls.get(i).raw(), track.outcome(), views.get(track.videoId()), track.error()));
		}
		return outcomes;
	}

	private PlanLimits.Room lockProject(long orgId, long projectId) {
		if (this.jdbc.queryForList(PROJECT, Long.class, orgId, projectId).isEmpty()) {
			throw ApiException.notFound("Project");
		}
		return this.limits.videos(orgId);
	}

	private Track track(PlanLimits.Room room, long projectId, TikTokUrl.PostUrl post) {
		List<Map<String, Object>> existing = this.jdbc.queryForList(EXISTING, projectId, post.videoId());
		boolean excluded = !existing.isEmpty() && "excluded".equals(existing.getFirst().get("tracking_status"));
		if (!existing.isEmpty() && !excluded) {
			return new Track(AddOutcome.ALREADY_TRACKED, ((Number) existing.getFirst().get("id")).longValue(), null);
		}
		if (!room.hasRoom()) {
			return new Track(AddOutcome.LIMIT_REACHED, 0, room.refusal().getMessage());
		}
		room.take();
		long id;
		if (excluded) {
			id = ((Number) existing.getFirst().get("id")).longValue();
			this.jdbc.update(RETRACK, id);
		}
		else {
			id = this.jdbc.queryForObject(INSERT, Long.class, projectId, post.videoId(), post.canonical(), post.photo());
		}
		return new Track(AddOutcome.ADDED, id, null);
	}

	// aggregates learn of the new (or newly tracked) videos in the same transaction
	private void publishAdded(List<Track> tracks) {
		this.states.publish(tracks.stream()
			.filter((track) -> track.outcome().equals(AddOutcome.ADDED))
			.map(Track::videoId)
			.distinct()
			.toList());
	}

	record Added(VideoView video, boolean created) {
	}

	private record Track(String outcome, long videoId, @Nullable String error) {
	}

}
