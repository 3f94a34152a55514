package io.vidtrack.stream.topology;

/**
 * Where the topology's state stores keep their data. Every store has a changelog whichever is chosen, so a
 * restart or a moved task restores it from Kafka (an in-memory store always does; a RocksDB store only after an
 * unclean stop, which under exactly-once wipes its local state anyway).
 */
public enum StatePlacement {

	/** Every store in RocksDB: the heap holds no state, every read and write of a record goes through JNI. */
	DISK,

	/** Every store on the heap, including each video's day history, which grows by a row a video and day. */
	MEMORY,

	/**
	 * Every store on the heap except each video's day history, which alone grows with time; what stays in memory
	 * is bounded by the videos a task holds (their states, memberships and ledgers) and the aggregates it sums.
	 */
	HISTORY_ON_DISK;

	/** @param history whether the store is a history that grows with time */
	public boolean inMemory(boolean history) {
		return switch (this) {
			case DISK -> false;
			case MEMORY -> true;
			case HISTORY_ON_DISK -> !history;
		};
	}

}
