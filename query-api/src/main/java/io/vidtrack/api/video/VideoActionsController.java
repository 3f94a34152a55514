package io.vidtrack.api.video;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.video.internal.DailyMetric;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.DateRange;
import io.vidtrack.api.web.Envelope;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A video's stats history ({@code /stats}) and its manual refresh ({@code /scrape}). */
@RestController
@RequestMapping("/api/v1/videos/{id}")
class VideoActionsController {

	private final Videos videos;

	private final VideoHistory history;

	private final ScrapeTriggers triggers;

	VideoActionsController(Videos videos, VideoHistory history, ScrapeTriggers triggers) {
		this.videos = videos;
		this.history = history;
		this.triggers = triggers;
	}

	/**
	 * Without {@code metric}: every snapshot, or those of the {@code from} / {@code to} days when either is given.
	 * With one: a point per day of the range (default the last 30 days).
	 */
	@GetMapping("/stats")
	Envelope stats(Caller caller, @PathVariable("id") long id,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "metric", required = false) @Nullable String metric) {
		DailyMetric daily = null;
		if (metric != null && !metric.isBlank()) {
			daily = DailyMetric.named(metric.strip())
				.orElseThrow(() -> ApiException.invalidQuery(
						"metric must be engagement_rate_by_views or growth_rate_pop, or absent for the snapshots"));
		}
		this.videos.get(caller.orgId(), id);
		boolean ranged = daily != null || isGiven(from) || isGiven(to);
		DateRange range = ranged ? DateRange.of(from, to, caller.timezone(), caller.plan()) : null;
		if (daily == null) {
			return Envelope.of(this.history.snapshots(id, range, caller.timezone()));
		}
		return Envelope.of(this.history.series(id, daily, range, caller.timezone()));
	}

	@PostMapping("/scrape")
	ResponseEntity<Envelope> scrape(Caller caller, @PathVariable("id") long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Envelope.of(this.triggers.trigger(caller.orgId(), id)));
	}

	private static boolean isGiven(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
