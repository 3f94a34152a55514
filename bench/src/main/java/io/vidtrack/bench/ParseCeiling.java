package io.vidtrack.bench;

import java.util.List;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.TikTokPages;

/**
 * The parse-only ceiling: the same real-sized pages the job fetched, parsed on one thread with no I/O.
 * Whatever the end-to-end path achieves per core is measured against this.
 */
final class ParseCeiling {

	private ParseCeiling() {
	}

	record Page(byte[] html, String videoId) {
	}

	static double pagesPerSecond(List<Page> pages, long warmupMillis, long measureMillis) {
		run(pages, warmupMillis);
		return run(pages, measureMillis);
	}

	private static double run(List<Page> pages, long millis) {
		long start = System.nanoTime();
		long deadline = start + millis * 1_000_000;
		long parsed = 0;
		while (System.nanoTime() < deadline) {
			for (Page page : pages) {
				if (!(TikTokPages.parsePost(page.html(), page.videoId()) instanceof FetchResult.Ok<?>)) {
					throw new IllegalStateException("benchmark page did not parse: " + page.videoId());
				}
				parsed++;
			}
		}
		return parsed / ((System.nanoTime() - start) / 1e9);
	}

}
