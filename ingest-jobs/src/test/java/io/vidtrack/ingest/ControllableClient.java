package io.vidtrack.ingest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;
import io.vidtrack.tiktok.Profile;
import io.vidtrack.tiktok.TikTokClient;
import io.vidtrack.tiktok.TikTokUrl;

/**
 * Wraps the real client for job tests: counts the calls that reach it, and can make every post page after the
 * first {@code n} answer a captcha, to fail a run part way through.
 */
public class ControllableClient implements TikTokClient {

	private final TikTokClient delegate;

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger postPages = new AtomicInteger();

	private volatile int blockPostPagesAfter = Integer.MAX_VALUE;

	private volatile CountDownLatch profileGate = new CountDownLatch(0);

	public ControllableClient(TikTokClient delegate) {
		this.delegate = delegate;
	}

	public void reset() {
		this.calls.set(0);
		this.postPages.set(0);
		this.blockPostPagesAfter = Integer.MAX_VALUE;
		this.profileGate = new CountDownLatch(0);
	}

	/** Profile reads wait until the latch opens, holding a discovery run in flight. */
	public void holdProfilesUntil(CountDownLatch gate) {
		this.profileGate = gate;
	}

	public int calls() {
		return this.calls.get();
	}

	public int postPageCalls() {
		return this.postPages.get();
	}

	public void blockPostPagesAfter(int pages) {
		this.postPages.set(0);
		this.blockPostPagesAfter = pages;
	}

	@Override
	public FetchResult<Post> fetchPost(String handle, String videoId) {
		this.calls.incrementAndGet();
		if (this.postPages.incrementAndGet() > this.blockPostPagesAfter) {
			return new FetchResult.Blocked<>("test wall");
		}
		return this.delegate.fetchPost(handle, videoId);
	}

	@Override
	public FetchResult<Profile> fetchProfile(String handle) {
		this.calls.incrementAndGet();
		try {
			this.profileGate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.delegate.fetchProfile(handle);
	}

	@Override
	public FetchResult<PostListing> fetchPosts(String secUid, long cursorMillis, int count) {
		this.calls.incrementAndGet();
		return this.delegate.fetchPosts(secUid, cursorMillis, count);
	}

	@Override
	public FetchResult<TikTokUrl.PostUrl> resolveShortLink(TikTokUrl.ShortLink link) {
		this.calls.incrementAndGet();
		return this.delegate.resolveShortLink(link);
	}

}
