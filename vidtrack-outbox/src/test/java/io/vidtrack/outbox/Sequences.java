package io.vidtrack.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.StatsSnapshotCaptured;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Events numbered per key (0, 1, 2, ... in commit order, carried as {@code likes}), and the numbers read back
 * per key. Every test takes fresh keys, so records of earlier tests never match.
 */
final class Sequences {

	private static final AtomicLong nextKeys = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000_000);

	private Sequences() {
	}

	/** {@code count} keys no other test uses. */
	static List<Long> freshKeys(int count) {
		long first = nextKeys.getAndAdd(count);
		List<Long> keys = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			keys.add(first + i);
		}
		return keys;
	}

	/** Commits number {@code seq} of every key in one transaction. */
	static void commit(List<Long> keys, int seq) {
		OutboxWriter writer = new OutboxWriter(TestDatabase.jdbc());
		TestDatabase.transactions()
			.executeWithoutResult((status) -> writer.append(keys.stream().map((key) -> event(key, seq)).toList()));
	}

	static StatsSnapshotCaptured event(long key, int seq) {
		return new StatsSnapshotCaptured(key, Instant.EPOCH.plusSeconds(seq), null, seq, 0, 0, 0, seq == 0);
	}

	/** The sequence numbers received for each of {@code keys}, in arrival order. */
	static Map<Long, List<Integer>> received(List<ConsumerRecord<String, String>> records, List<Long> keys) {
		Map<Long, List<Integer>> byKey = new LinkedHashMap<>();
		keys.forEach((key) -> byKey.put(key, new ArrayList<>()));
		for (ConsumerRecord<String, String> record : records) {
			List<Integer> seqs = byKey.get(Long.parseLong(record.key()));
			if (seqs != null) {
				seqs.add((int) EventJson.read(record.value(), StatsSnapshotCaptured.class).likes());
			}
		}
		return byKey;
	}

	/** Whether every key received its last number ({@code count - 1}) at least once. */
	static boolean complete(List<ConsumerRecord<String, String>> records, List<Long> keys, int count) {
		return received(records, keys).values().stream().allMatch((seqs) -> seqs.contains(count - 1));
	}

	/**
	 * Whether {@code seqs} is 0..count-1 where a re-send may start again from an earlier number: each step is
	 * the next number or a rewind, and the last one is the newest, so a consumer ends with the latest state.
	 */
	static boolean inOrderWithResends(List<Integer> seqs, int count) {
		if (seqs.isEmpty() || seqs.getFirst() != 0 || seqs.getLast() != count - 1) {
			return false;
		}
		for (int i = 1; i < seqs.size(); i++) {
			int step = seqs.get(i) - seqs.get(i - 1);
			if (step != 1 && step > 0) {
				return false;
			}
		}
		return true;
	}

}
