package io.vidtrack.api.analytics;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.DateRange;
import io.vidtrack.api.web.Envelope;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/analytics}: a daily series of one entity, as JSON in the envelope or as CSV. Defaults: metric
 * views, mode new, format json, the last 30 days.
 */
@RestController
class AnalyticsController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final SeriesReader reader;

	AnalyticsController(SeriesReader reader) {
		this.reader = reader;
	}

	@GetMapping("/api/v1/analytics")
	ResponseEntity<?> series(Caller caller, @RequestParam(required = false) @Nullable String entity,
			@RequestParam(name = "entity_id", required = false) @Nullable String entityId,
			@RequestParam(defaultValue = "views") String metric, @RequestParam(defaultValue = "new") String mode,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "json") String format) {
		if (entity == null || entity.isBlank()) {
			throw ApiException.invalidQuery("entity is required: project, creator, campaign or video");
		}
		EntityKind kind = EntityKind.parse(entity);
		long id = parseId(entityId);
		Metric parsedMetric = Metric.parse(metric);
		Mode parsedMode = Mode.parse(mode);
		boolean csv = parseFormat(format);
		DateRange range = DateRange.of(from, to, caller.timezone(), caller.plan());
		SeriesView view = new SeriesView(kind.wire(), id, parsedMetric.wire(), parsedMode.wire(), range.from(),
				range.to(), this.reader.series(caller.orgId(), kind, id, parsedMetric, parsedMode, range,
						caller.timezone()));
		if (csv) {
			return ResponseEntity.ok().contentType(CSV).body(view.csv());
		}
		return ResponseEntity.ok(Envelope.of(view));
	}

	private static long parseId(@Nullable String entityId) {
		if (entityId == null || entityId.isBlank()) {
			throw ApiException.invalidQuery("entity_id is required");
		}
		try {
			return Long.parseLong(entityId.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidQuery("entity_id must be a valid id");
		}
	}

	private static boolean parseFormat(String format) {
		return switch (format) {
			case "json" -> false;
			case "csv" -> true;
			default -> throw ApiException.invalidQuery("format must be json or csv");
		};
	}

}
