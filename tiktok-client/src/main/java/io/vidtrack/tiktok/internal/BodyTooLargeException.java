package io.vidtrack.tiktok.internal;

import java.io.IOException;
import java.net.URI;

/** A response body past {@link UrlConnectionTransport#MAX_BODY_BYTES}: not a page of ours, and never retried. */
final class BodyTooLargeException extends IOException {

	BodyTooLargeException(URI uri, String size) {
		super("response too large from " + uri.getPath() + ": " + size + ", at most "
				+ UrlConnectionTransport.MAX_BODY_BYTES + " read");
	}

}
