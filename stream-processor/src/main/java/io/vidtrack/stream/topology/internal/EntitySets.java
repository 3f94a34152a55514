package io.vidtrack.stream.topology.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Small ids for the entity sets a task's delta buffer sums under. The ids live in a logged store written in the
 * transaction of the sums that use them, so the buffer's keys mean the same after a restart or on the instance
 * that takes the task over. Ids belong to their task; a set keeps its id for good (there are about as many sets
 * as creators, and each costs a few dozen bytes).
 */
final class EntitySets {

	private final KeyValueStore<Integer, List<Entity>> store;

	private final Map<List<Entity>, Integer> ids = new HashMap<>();

	// ids run 1, 2, 3… in a task and are never removed, so the next is one past the count
	private final Map<Integer, List<Entity>> sets = new HashMap<>();

	EntitySets(KeyValueStore<Integer, List<Entity>> store) {
		this.store = store;
		try (KeyValueIterator<Integer, List<Entity>> all = store.all()) {
			all.forEachRemaining((row) -> remember(row.key, row.value));
		}
	}

	int idOf(List<Entity> entities) {
		Integer id = this.ids.get(entities);
		if (id != null) {
			return id;
		}
		int next = this.sets.size() + 1;
		this.store.put(next, entities);
		remember(next, entities);
		return next;
	}

	List<Entity> entities(int id) {
		List<Entity> entities = this.sets.get(id);
		if (entities == null) {
			throw new IllegalStateException("No entity set " + id + " in this task's store");
		}
		return entities;
	}

	private void remember(int id, List<Entity> entities) {
		List<Entity> set = List.copyOf(entities);
		this.ids.put(set, id);
		this.sets.put(id, set);
	}

}
