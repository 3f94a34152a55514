package io.vidtrack.tiktok;

/** A pasted URL that is not a TikTok URL we can track; the message names the problem for the user. */
public class InvalidTikTokUrlException extends IllegalArgumentException {

	public InvalidTikTokUrlException(String message) {
		super(message);
	}

}
