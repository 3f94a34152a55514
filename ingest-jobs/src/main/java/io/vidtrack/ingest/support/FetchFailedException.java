package io.vidtrack.ingest.support;

/**
 * A fetch that ended without a usable answer after the client's own retries: a page in a shape we do not know,
 * or a rate limit or server error that outlasted the backoff. The step skips the item (it shows in the skip
 * counts) and {@link ScrapeFailureSkipListener} records why; the row stays due for a later run.
 */
public class FetchFailedException extends RuntimeException {

	private final ScrapeFailure failure;

	public FetchFailedException(ScrapeFailure failure) {
		super(failure.outcome() + " " + failure.target().type() + " " + failure.target().id() + ": "
				+ failure.reason());
		this.failure = failure;
	}

	public ScrapeFailure failure() {
		return this.failure;
	}

}
