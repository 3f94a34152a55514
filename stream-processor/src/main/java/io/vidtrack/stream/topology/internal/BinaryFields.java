package io.vidtrack.stream.topology.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.Tally;
import org.jspecify.annotations.Nullable;

/** Reads and writes the fields that {@link InternalSerdes} are made of. */
final class BinaryFields {

	private static final int NO_DAY = Integer.MIN_VALUE;

	private BinaryFields() {
	}

	static void writeScope(DataOutput out, VideoScope scope) throws IOException {
		out.writeLong(scope.projectId());
		out.writeLong((scope.creatorId() != null) ? scope.creatorId() : -1);
		out.writeBoolean(scope.counted());
		out.writeUTF(scope.zone());
		writeDay(out, scope.postedDay());
		writeIds(out, scope.campaignIds());
	}

	static VideoScope readScope(DataInput in) throws IOException {
		long projectId = in.readLong();
		long creatorId = in.readLong();
		return new VideoScope(projectId, (creatorId >= 0) ? creatorId : null, in.readBoolean(), in.readUTF(),
				readDay(in), readIds(in));
	}

	static void writeIds(DataOutput out, List<Long> ids) throws IOException {
		out.writeInt(ids.size());
		for (long id : ids) {
			out.writeLong(id);
		}
	}

	static List<Long> readIds(DataInput in) throws IOException {
		int size = in.readInt();
		List<Long> ids = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			ids.add(in.readLong());
		}
		return List.copyOf(ids);
	}

	static void writeTally(DataOutput out, Tally tally) throws IOException {
		out.writeLong(tally.videos());
		writeCounts(out, tally.gained());
		writeCounts(out, tally.baseline());
	}

	static Tally readTally(DataInput in) throws IOException {
		return new Tally(in.readLong(), readCounts(in), readCounts(in));
	}

	static void writeCounts(DataOutput out, Counts counts) throws IOException {
		out.writeLong(counts.views());
		out.writeLong(counts.likes());
		out.writeLong(counts.comments());
		out.writeLong(counts.shares());
		out.writeLong(counts.saves());
	}

	static Counts readCounts(DataInput in) throws IOException {
		return new Counts(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
	}

	static void writeInstant(DataOutput out, Instant instant) throws IOException {
		out.writeLong(instant.getEpochSecond());
		out.writeInt(instant.getNano());
	}

	static Instant readInstant(DataInput in) throws IOException {
		return Instant.ofEpochSecond(in.readLong(), in.readInt());
	}

	static void writeDay(DataOutput out, @Nullable LocalDate day) throws IOException {
		out.writeInt((day != null) ? (int) day.toEpochDay() : NO_DAY);
	}

	static @Nullable LocalDate readDay(DataInput in) throws IOException {
		int day = in.readInt();
		return (day != NO_DAY) ? LocalDate.ofEpochDay(day) : null;
	}

}
