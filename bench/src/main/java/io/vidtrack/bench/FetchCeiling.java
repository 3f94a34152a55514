package io.vidtrack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.TikTokPages;

/**
 * What the page path could reach on this machine with no job and no database: the simulator's pages fetched over
 * the client's transport (the JDK's {@link HttpURLConnection}, connections kept alive) at the client's concurrency,
 * on virtual threads, read to the end and dropped, or read and parsed. The simulator serves them on the same two
 * cores, as it does for the page path.
 */
final class FetchCeiling {

	// the client's concurrency (tiktok.max-concurrency) and its transport's keep-alive pool of the same size
	static final int CONCURRENCY = 64;

	static {
		if (System.getProperty("http.maxConnections") == null) {
			System.setProperty("http.maxConnections", Integer.toString(CONCURRENCY));
		}
	}

	private FetchCeiling() {
	}

	record Page(URI uri, String videoId) {
	}

	static double pagesPerSecond(List<Page> pages, boolean parse, long warmupMillis, long measureMillis)
			throws InterruptedException {
		run(pages, CONCURRENCY, parse, warmupMillis);
		return run(pages, CONCURRENCY, parse, measureMillis);
	}

	private static double run(List<Page> pages, int concurrency, boolean parse, long millis)
			throws InterruptedException {
		AtomicLong next = new AtomicLong();
		AtomicLong done = new AtomicLong();
		// a failed fetch ends the measurement instead of quietly leaving fewer fetchers
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		long start = System.nanoTime();
		long deadline = start + millis * 1_000_000;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			threads.add(Thread.ofVirtual().start(() -> {
				try {
					while (System.nanoTime() < deadline && failure.get() == null) {
						fetch(pages.get((int) (next.getAndIncrement() % pages.size())), parse);
						done.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	private static void fetch(Page page, boolean parse) {
		try {
			HttpURLConnection connection = (HttpURLConnection) page.uri().toURL().openConnection();
			byte[] html;
			// read to the end and closed: the connection goes back to the keep-alive pool, as the client's does
			try (InputStream in = connection.getInputStream()) {
				html = in.readAllBytes();
			}
			if (parse && !(TikTokPages.parsePost(html, page.videoId()) instanceof FetchResult.Ok<?>)) {
				throw new IllegalStateException("benchmark page did not parse: " + page.videoId());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
