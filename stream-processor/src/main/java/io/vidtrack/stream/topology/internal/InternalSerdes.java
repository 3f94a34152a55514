package io.vidtrack.stream.topology.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.EntityType;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.common.serialization.Serde;

/**
 * The binary forms of what the topology keeps in stores and sends through its repartition topics. Keys that
 * are scanned by prefix start with the big-endian id, as {@code Serdes.Long()} writes it.
 */
public final class InternalSerdes {

	public static final Serde<List<Long>> CAMPAIGN_IDS = BinarySerde.of(BinaryFields::writeIds,
			BinaryFields::readIds);

	public static final Serde<VideoScope> VIDEO_SCOPE = BinarySerde.of(BinaryFields::writeScope,
			BinaryFields::readScope);

	public static final Serde<Tally> TALLY = BinarySerde.of(BinaryFields::writeTally, BinaryFields::readTally);

	public static final Serde<AggregateKey> AGGREGATE_KEY = BinarySerde.of((out, key) -> {
		out.writeByte(key.type().ordinal());
		out.writeLong(key.entityId());
		BinaryFields.writeDay(out, key.day());
	}, (in) -> new AggregateKey(EntityType.values()[in.readByte()], in.readLong(), BinaryFields.readDay(in)));

	static final Serde<BufferKey> BUFFER_KEY = BinarySerde.of((out, key) -> {
		out.writeInt(key.setId());
		out.writeInt(key.epochDay());
	}, (in) -> new BufferKey(in.readInt(), in.readInt()));

	static final Serde<List<Entity>> ENTITY_SET = BinarySerde.of((out, entities) -> {
		out.writeInt(entities.size());
		for (Entity entity : entities) {
			out.writeByte(entity.type().ordinal());
			out.writeLong(entity.id());
		}
	}, (in) -> {
		int size = in.readInt();
		List<Entity> entities = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			entities.add(new Entity(EntityType.values()[in.readByte()], in.readLong()));
		}
		return List.copyOf(entities);
	});

	static final Serde<VideoDay> VIDEO_DAY = BinarySerde.of((out, key) -> {
		out.writeLong(key.videoId());
		BinaryFields.writeDay(out, key.day());
	}, (in) -> new VideoDay(in.readLong(), BinaryFields.readDay(in)));

	static final Serde<VideoLedger> VIDEO_LEDGER = BinarySerde.of((out, ledger) -> {
		out.writeBoolean(ledger.scope() != null);
		if (ledger.scope() != null) {
			BinaryFields.writeScope(out, ledger.scope());
		}
		out.writeBoolean(ledger.lastCapturedAt() != null);
		if (ledger.lastCapturedAt() != null) {
			BinaryFields.writeInstant(out, ledger.lastCapturedAt());
		}
		BinaryFields.writeCounts(out, ledger.lastCounts());
		BinaryFields.writeDay(out, ledger.day());
		BinaryFields.writeTally(out, ledger.dayTally());
	}, (in) -> {
		VideoScope scope = in.readBoolean() ? BinaryFields.readScope(in) : null;
		Instant lastCapturedAt = in.readBoolean() ? BinaryFields.readInstant(in) : null;
		return new VideoLedger(scope, lastCapturedAt, BinaryFields.readCounts(in), BinaryFields.readDay(in), BinaryFields.readTally(in));
	});

	static final Serde<List<StatsSnapshotCaptured>> SNAPSHOTS = BinarySerde.of((out, snapshots) -> {
		out.writeInt(snapshots.size());
		for (StatsSnapshotCaptured snapshot : snapshots) {
			out.writeLong(snapshot.videoId());
			BinaryFields.writeInstant(out, snapshot.capturedAt());
			out.writeBoolean(snapshot.views() != null);
			out.writeLong((snapshot.views() != null) ? snapshot.views() : 0);
			out.writeLong(snapshot.likes());
			out.writeLong(snapshot.comments());
			out.writeLong(snapshot.shares());
			out.writeLong(snapshot.saves());
			out.writeBoolean(snapshot.baseline());
		}
	}, (in) -> {
		int size = in.readInt();
		List<StatsSnapshotCaptured> snapshots = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			long videoId = in.readLong();
			Instant capturedAt = BinaryFields.readInstant(in);
			boolean hasViews = in.readBoolean();
			long views = in.readLong();
			snapshots.add(new StatsSnapshotCaptured(videoId, capturedAt, hasViews ? views : null, in.readLong(),
					in.readLong(), in.readLong(), in.readLong(), in.readBoolean()));
		}
		return snapshots;
	});

	private InternalSerdes() {
	}

}
