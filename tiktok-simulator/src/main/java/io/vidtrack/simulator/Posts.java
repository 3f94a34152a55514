package io.vidtrack.simulator;

import java.time.Instant;

import io.vidtrack.simulator.internal.Mix;
import io.vidtrack.simulator.internal.PostIds;
import io.vidtrack.simulator.internal.PostingSchedule;
import io.vidtrack.simulator.internal.Texts;

import org.jspecify.annotations.Nullable;

/** Materializes posts from (creator, k) and decodes ids and short codes back to (creator, k). */
final class Posts {

	private final SimulatorConfig config;

	private final PostingSchedule schedule;

	private final PostIds ids;

	private final PostOverrides overrides;

	private final int creators;

	Posts(SimulatorConfig config, long historyStartSecond, PostOverrides overrides) {
		this.config = config;
		this.schedule = new PostingSchedule(config.seed(), config.creators(), historyStartSecond,
				config.minPostEveryHours(), config.maxPostEveryHours());
		this.ids = new PostIds(config.seed());
		this.overrides = overrides;
		this.creators = config.creators();
	}

	int count(SimCreator creator, Instant now) {
		return this.schedule.postsUntil(creator.index(), now.getEpochSecond());
	}

	SimPost at(SimCreator creator, int k) {
		int c = creator.index();
		String id = this.ids.id(this.schedule.uploadSecond(c, k), c, k);
		long seed = this.config.seed();
		boolean photo = Mix.unit(seed, 51, c, k) < this.config.photoShare();
		boolean deleted = seededDeleted(c, k) || this.overrides.deleted(id);
		boolean privatePost = seededPrivate(creator, k) || this.overrides.privated(id);
		return new SimPost(id, creator, Instant.ofEpochSecond(this.schedule.createSecond(c, k)), photo, deleted,
				privatePost, Texts.caption(seed, c, k));
	}

	/** The post an id names, or null for an id we never issued (its upload second must match). */
	PostIds.@Nullable Ref ref(String videoId) {
		PostIds.Slot slot = this.ids.decode(videoId);
		if (slot == null || slot.ref().creator() >= this.creators
				|| this.schedule.uploadSecond(slot.ref().creator(), slot.ref().k()) != slot.uploadEpochSecond()) {
			return null;
		}
		return slot.ref();
	}

	PostIds.Ref requireRef(String videoId) {
		PostIds.Ref ref = ref(videoId);
		if (ref == null) {
			throw new IllegalArgumentException("not a simulated post id: " + videoId);
		}
		return ref;
	}

	String shortCode(String videoId) {
		PostIds.Ref ref = requireRef(videoId);
		return this.ids.shortCode(ref.creator(), ref.k());
	}

	PostIds.@Nullable Ref shortCodeRef(String code) {
		PostIds.Ref ref = this.ids.decodeShortCode(code);
		return (ref != null && ref.creator() < this.creators) ? ref : null;
	}

	private boolean seededDeleted(int creator, int k) {
		return Mix.unit(this.config.seed(), 52, creator, k) < this.config.deletedShare();
	}

	private boolean seededPrivate(SimCreator creator, int k) {
		return creator.privateAccount()
				|| Mix.unit(this.config.seed(), 53, creator.index(), k) < this.config.privateShare();
	}

}
