package io.vidtrack.tiktok;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-made captures under {@code src/test/resources/pages}. */
final class PageFixtures {

	private PageFixtures() {
	}

	static byte[] page(String name) {
		try (InputStream in = PageFixtures.class.getResourceAsStream("/pages/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
