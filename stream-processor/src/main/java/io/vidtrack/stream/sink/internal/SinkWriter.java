package io.vidtrack.stream.sink.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Tally;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes aggregates with the offsets they were read up to, in one transaction, only if Postgres still holds the
 * offsets this sink last wrote or read for those partitions: otherwise another sink took them over meanwhile.
 * Used by one thread.
 */
public final class SinkWriter {

	private final TransactionTemplate transactions;

	private final AggregateRows rows;

	private final String topic;

	// what this sink believes Postgres holds per assigned partition (null: nothing stored yet)
	private final Map<Integer, Long> believed = new HashMap<>();

	public SinkWriter(DataSource dataSource, String topic) {
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.rows = new AggregateRows(new JdbcTemplate(dataSource));
		this.topic = topic;
	}

	/**
	 * @param nextOffsets per partition, the offset after the last record the aggregates come from
	 * @return false, writing nothing, when another sink wrote these partitions since this one last did
	 */
	public boolean write(Collection<Map.Entry<AggregateKey, Tally>> aggregates, Map<Integer, Long> nextOffsets) {
		boolean written = Boolean.TRUE.equals(this.transactions.execute((status) -> {
			Map<Integer, Long> inPostgres = this.rows.lockOffsets(this.topic);
			for (Integer partition : nextOffsets.keySet()) {
				if (!Objects.equals(inPostgres.get(partition), this.believed.get(partition))) {
					return false;
				}
			}
			this.rows.upsert(aggregates);
			this.rows.saveOffsets(this.topic, nextOffsets);
			return true;
		}));
		if (written) {
			this.believed.putAll(nextOffsets);
		}
		return written;
	}

	/** The offsets Postgres holds now for these partitions (null: read from the beginning), believed from now on. */
	public Map<Integer, Long> resume(Collection<Integer> partitions) {
		Map<Integer, Long> inPostgres = this.rows.lockOffsets(this.topic);
		Map<Integer, Long> offsets = new HashMap<>();
		for (Integer partition : partitions) {
			offsets.put(partition, inPostgres.get(partition));
			this.believed.put(partition, inPostgres.get(partition));
		}
		return offsets;
	}

	public void forget(Collection<Integer> partitions) {
		partitions.forEach(this.believed::remove);
	}

}
