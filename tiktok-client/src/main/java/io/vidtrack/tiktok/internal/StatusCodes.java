package io.vidtrack.tiktok.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.FetchResult.GoneReason;

/** TikTok's {@code statusCode} next to a page's payload (or a listing's), as a {@link FetchResult.Gone}. */
final class StatusCodes {

	private StatusCodes() {
	}

	/** Null when the status is OK (0 or absent). */
	static <T> FetchResult.@Nullable Gone<T> gone(JsonNode holder) {
		String code = Json.text(holder, "statusCode");
		code = (code != null) ? code : Json.text(holder, "status_code");
		int status;
		try {
			status = (code != null) ? Integer.parseInt(code.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			status = -1;
		}
		if (status == 0) {
			return null;
		}
		String message = Json.text(holder, "statusMsg");
		message = (message != null) ? message : Json.text(holder, "status_msg");
		message = (message != null) ? message : "";
		return new FetchResult.Gone<>(reason(status, message), status, message);
	}

	static GoneReason reason(int status, String message) {
		return switch (status) {
			// 10204 also covers region and IP withholding ("cross_border_violation_ur"): only "deleted" is final
			case 10204 -> message.contains("deleted") ? GoneReason.DELETED : GoneReason.UNAVAILABLE;
			case 10216, 10222 -> GoneReason.PRIVATE;
			case 10221, 10202, 404 -> GoneReason.NOT_FOUND;
			default -> GoneReason.UNAVAILABLE;
		};
	}

}
