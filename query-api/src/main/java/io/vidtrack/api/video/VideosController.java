package io.vidtrack.api.video;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/videos}: the org's videos (never excluded ones), one video, its notes and tracking, delete. */
@RestController
@RequestMapping("/api/v1/videos")
class VideosController {

	private final Videos videos;

	private final VideoEdits edits;

	VideosController(Videos videos, VideoEdits edits) {
		this.videos = videos;
		this.edits = edits;
	}

	/** Id order, keyset-paged: a client paging to the end sees every video once, even while videos are added. */
	@GetMapping
	Envelope list(Caller caller, @RequestParam(name = "project_id", required = false) @Nullable Long projectId,
			@RequestParam(name = "creator_id", required = false) @Nullable Long creatorId,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "cursor", required = false) @Nullable String cursor) {
		return Envelope.page(this.videos.list(caller.orgId(), projectId, creatorId, PageRequest.of(limit, cursor)));
	}

	@GetMapping("/{id}")
	Envelope get(Caller caller, @PathVariable("id") long id) {
		return Envelope.of(this.videos.get(caller.orgId(), id));
	}

	@PatchMapping("/{id}")
	Envelope patch(Caller caller, @PathVariable("id") long id, @RequestBody VideoPatch patch) {
		return Envelope.of(this.edits.update(caller.orgId(), id, patch.validated()));
	}

	@DeleteMapping("/{id}")
	Envelope delete(Caller caller, @PathVariable("id") long id) {
		this.edits.delete(caller.orgId(), id);
		Map<String, Object> deleted = new LinkedHashMap<>();
		deleted.put("id", id);
		deleted.put("deleted", true);
		return Envelope.of(deleted);
	}

}
