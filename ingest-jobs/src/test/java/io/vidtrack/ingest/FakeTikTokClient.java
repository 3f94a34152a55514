package io.vidtrack.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;
import io.vidtrack.tiktok.PostStats;
import io.vidtrack.tiktok.Profile;
import io.vidtrack.tiktok.TikTokClient;
import io.vidtrack.tiktok.TikTokUrl;

/** A scripted client for unit tests: answers what it was told and counts the requests it got. */
public class FakeTikTokClient implements TikTokClient {

	private final Map<String, FetchResult<Profile>> profiles = new ConcurrentHashMap<>();

	private final Map<String, FetchResult<PostListing>> listings = new ConcurrentHashMap<>();

	private final Map<String, FetchResult<Post>> posts = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Long> cursorsAsked = new ArrayList<>();

	public static Post post(String id, String handle, Instant createdAt, long views) {
		return new Post(id, handle, "sec-" + handle, "caption " + id, createdAt, "https://cdn.example/" + id + ".jpg",
				false, new PostStats(views, views / 10, views / 100, views / 1000, views / 500));
	}

	public static Profile profile(String handle, boolean privateAccount) {
		return new Profile("uid-" + handle, handle, "sec-" + handle, "Name " + handle, "https://cdn.example/a.jpg",
				privateAccount, 1000L, 10L, 50000L, 42L);
	}

	public FakeTikTokClient profile(String handle, FetchResult<Profile> result) {
		this.profiles.put(handle, result);
		return this;
	}

	/** The listing page served for {@code cursor} (0 is the newest page). */
	public FakeTikTokClient listing(String secUid, long cursor, FetchResult<PostListing> result) {
		this.listings.put(secUid + "@" + cursor, result);
		return this;
	}

	public FakeTikTokClient post(String videoId, FetchResult<Post> result) {
		this.posts.put(videoId, result);
		return this;
	}

	public int requests() {
		return this.requests.get();
	}

	public synchronized List<Long> cursorsAsked() {
		return List.copyOf(this.cursorsAsked);
	}

	@Override
	public FetchResult<Post> fetchPost(String handle, String videoId) {
		this.requests.incrementAndGet();
		return this.posts.getOrDefault(videoId, new FetchResult.Failed<>("nothing scripted for " + videoId));
	}

	@Override
	public FetchResult<Profile> fetchProfile(String handle) {
		this.requests.incrementAndGet();
		return this.profiles.getOrDefault(handle, new FetchResult.Failed<>("nothing scripted for " + handle));
	}

	@Override
	public FetchResult<PostListing> fetchPosts(String secUid, long cursorMillis, int count) {
		this.requests.incrementAndGet();
		synchronized (this) {
			this.cursorsAsked.add(cursorMillis);
		}
		return this.listings.getOrDefault(secUid + "@" + cursorMillis,
				new FetchResult.Failed<>("nothing scripted for " + secUid + "@" + cursorMillis));
	}

	@Override
	public FetchResult<TikTokUrl.PostUrl> resolveShortLink(TikTokUrl.ShortLink link) {
		this.requests.incrementAndGet();
		return new FetchResult.Failed<>("not scripted");
	}

}
