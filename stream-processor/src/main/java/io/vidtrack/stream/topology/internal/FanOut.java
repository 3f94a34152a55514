package io.vidtrack.stream.topology.internal;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;

/** Sends each change on to every aggregate it applies to at once: the topology without a {@link DeltaBuffer}. */
public final class FanOut implements Processor<FanOutKey, Tally, AggregateKey, Tally> {

	private @Nullable ProcessorContext<AggregateKey, Tally> context;

	@Override
	public void init(ProcessorContext<AggregateKey, Tally> context) {
		this.context = context;
	}

	@Override
	public void process(Record<FanOutKey, Tally> record) {
		record.key().forEachChange(record.value(),
				(key, change) -> this.context.forward(new Record<>(key, change, record.timestamp())));
	}

}
