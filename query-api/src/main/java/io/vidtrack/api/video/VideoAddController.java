package io.vidtrack.api.video;

import java.util.List;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.video.internal.PastedUrl;
import io.vidtrack.api.video.internal.PastedUrls;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Envelope;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/projects/{projectId}/videos}: add by URL. One {@code url} answers 201 with the new video, or
 * 200 with the one the project already tracks; {@code urls} (a bulk paste) answers 200 with a result per row.
 * Short links are resolved before the transaction opens, so no lock waits on the network.
 */
@RestController
class VideoAddController {

	private final Videos videos;

	private final VideoAdds adds;

	private final PastedUrls pasted;

	VideoAddController(Videos videos, VideoAdds adds, PastedUrls pasted) {
		this.videos = videos;
		this.adds = adds;
		this.pasted = pasted;
	}

	@PostMapping("/api/v1/projects/{projectId}/videos")
	ResponseEntity<Envelope> add(Caller caller, @PathVariable("projectId") long projectId,
			@RequestBody AddVideosBody body) {
		body.validated();
		this.videos.requireProject(caller.orgId(), projectId);
		if (body.isBulk()) {
			List<PastedUrl> urls = this.pasted.readAll(body.urls());
			return ResponseEntity.ok(Envelope.of(this.adds.addAll(caller.orgId(), projectId, urls)));
		}
		PastedUrl url = this.pasted.read(body.url());
		return switch (url) {
			case PastedUrl.Invalid invalid -> throw ApiException.invalidBody(invalid.message());
			case PastedUrl.Post post -> {
				VideoAdds.Added added = this.adds.addOne(caller.orgId(), projectId, post.post());
				yield ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK)
					.body(Envelope.of(added.video()));
			}
		};
	}

}
