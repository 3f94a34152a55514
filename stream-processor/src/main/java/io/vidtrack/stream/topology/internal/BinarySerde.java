package io.vidtrack.stream.topology.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes for the processor's own stores and repartition topics: they are read and written for
 * every snapshot, where JSON would cost several times more. Nothing outside this application reads them.
 */
public final class BinarySerde {

	private BinarySerde() {
	}

	public static <T> Serde<T> of(Writer<T> writer, Reader<T> reader) {
		return Serdes.serdeFrom((topic, value) -> (value != null) ? write(writer, value) : null,
				(topic, bytes) -> (bytes != null) ? read(reader, bytes) : null);
	}

	// one buffer per thread, reused: a ledger outgrows a small fresh buffer several times over
	private static final ThreadLocal<BytesOutput> OUTPUT = ThreadLocal.withInitial(BytesOutput::new);

	private static <T> byte[] write(Writer<T> writer, T value) {
		try {
			BytesOutput output = OUTPUT.get();
			output.reset();
			writer.write(output, value);
			return output.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T read(Reader<T> reader, byte[] bytes) {
		try {
			return reader.read(new BytesInput(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one value. */
	@FunctionalInterface
	public interface Writer<T> {

		void write(DataOutput out, T value) throws IOException;

	}

	/** Reads what the matching {@link Writer} wrote. */
	@FunctionalInterface
	public interface Reader<T> {

		T read(DataInput in) throws IOException;

	}

}
