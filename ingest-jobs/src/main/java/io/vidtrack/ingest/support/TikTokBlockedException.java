package io.vidtrack.ingest.support;

/** TikTok answered with a captcha or verify wall: the step stops instead of hammering. Never skipped. */
public class TikTokBlockedException extends RuntimeException {

	public TikTokBlockedException(String reason) {
		super(FetchGuard.BLOCKED_PREFIX + " (" + reason + ")");
	}

}
