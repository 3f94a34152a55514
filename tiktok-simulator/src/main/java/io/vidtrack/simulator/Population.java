package io.vidtrack.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vidtrack.simulator.internal.Engagement;
import io.vidtrack.simulator.internal.PostIds;

/**
 * The simulated creators and their posts. Only the creators are held in memory; posts, ids and counts
 * are computed on demand from (seed, creator index, post number k), so 100k posts cost nothing.
 * Thread-safe.
 */
public final class Population {

	private final SimulatorConfig config;

	private final Instant origin;

	private final long historyStartSecond;

	private final Roster roster;

	private final PostOverrides overrides = new PostOverrides();

	private final Posts posts;

	private final Engagement engagement;

	public Population(SimulatorConfig config) {
		this.config = config;
		Instant origin = config.origin();
		this.origin = ((origin != null) ? origin : config.clock().instant()).truncatedTo(ChronoUnit.SECONDS);
		this.historyStartSecond = this.origin.minus(Duration.ofDays(config.historyDays())).getEpochSecond();
		this.roster = new Roster(config.seed(), config.creators(), config.privateShare(), this.origin);
		this.posts = new Posts(config, this.historyStartSecond, this.overrides);
		this.engagement = new Engagement(config.seed());
	}

	public SimulatorConfig config() {
		return this.config;
	}

	/** The instant the history is measured back from: the configured origin, else the clock at construction. */
	public Instant origin() {
		return this.origin;
	}

	public List<SimCreator> creators() {
		return this.roster.all();
	}

	/** Case-insensitive, like TikTok; a leading {@code @} is ignored. */
	public Optional<SimCreator> creator(String handle) {
		return this.roster.byHandle(handle);
	}

	public Optional<SimCreator> creatorBySecUid(String secUid) {
		return this.roster.bySecUid(secUid);
	}

	/** Every post of the creator with a create time at or before {@code now}, newest first, hidden ones too. */
	public List<SimPost> postsOf(String handle, Instant now) {
		return creator(handle).map(creator -> postsOf(creator, now)).orElse(List.of());
	}

	public List<SimPost> postsOf(SimCreator creator, Instant now) {
		int count = postCount(creator, now);
		List<SimPost> posts = new ArrayList<>(count);
		for (int k = count - 1; k >= 0; k--) {
			posts.add(postAt(creator, k));
		}
		return posts;
	}

	/** How many posts the creator has made by {@code now}; they are numbered 0 (oldest) to count - 1. */
	public int postCount(SimCreator creator, Instant now) {
		return this.posts.count(creator, now);
	}

	/** The creator's post number k (0 is its first), whether or not it is live yet. */
	public SimPost postAt(SimCreator creator, int k) {
		return this.posts.at(creator, k);
	}

	/**
	 * The post an id names, decoded from the id itself. Empty for ids we never issued (the upload second in
	 * the id must match the post's); a post not yet live at the clock's time is still returned.
	 */
	public Optional<SimPost> post(String videoId) {
		PostIds.Ref ref = this.posts.ref(videoId);
		return (ref != null) ? Optional.of(postAt(creators().get(ref.creator()), ref.k())) : Optional.empty();
	}

	/** Exact counts; zero before the post's create time, never decreasing after. */
	public SimStats statsAt(SimPost post, Instant t) {
		PostIds.Ref ref = this.posts.requireRef(post.id());
		return this.engagement.postStats(ref.creator(), ref.k(), post.createdAt().getEpochSecond(), post.photo(),
				t.toEpochMilli());
	}

	/**
	 * Followers and likes grow with time. The video count is the posts made by {@code t} less the expected
	 * share of deleted and private ones: O(1) where an exact count would walk every post on every page.
	 */
	public CreatorStats creatorStatsAt(SimCreator creator, Instant t) {
		double visibleShare = (1 - this.config.deletedShare()) * (1 - this.config.privateShare());
		long videoCount = (long) Math.floor(postCount(creator, t) * visibleShare);
		return this.engagement.creatorStats(creator.index(), this.historyStartSecond, videoCount, t.toEpochMilli());
	}

	/** The code of the post's short link {@code /t/CODE}. */
	public String shortCodeOf(String videoId) {
		return this.posts.shortCode(videoId);
	}

	public Optional<SimPost> postByShortCode(String code) {
		PostIds.Ref ref = this.posts.shortCodeRef(code);
		return (ref != null) ? Optional.of(postAt(creators().get(ref.creator()), ref.k())) : Optional.empty();
	}

	PostOverrides overrides() {
		return this.overrides;
	}

}
