package io.vidtrack.stream.topology.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BytesOutputTests {

	private static final String[] TEXTS = { "", "UTC", "Europe/Berlin", "nul\u0000in", "Zürich", "東京", "emoji 🎬",
			"x".repeat(3000) };

	@Test
	void writesExactlyWhatDataOutputStreamWritesAndReadsItBack() throws IOException {
		// given
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			long seed = random.nextLong();
			BytesOutput output = new BytesOutput();
			output.reset();
			ByteArrayOutputStream expected = new ByteArrayOutputStream();

			// when
			writeValues(output, new Random(seed));
			writeValues(new DataOutputStream(expected), new Random(seed));

			// then
			byte[] bytes = output.toByteArray();
			assertThat(bytes).isEqualTo(expected.toByteArray());
			BytesInput input = new BytesInput(bytes);
			DataInputStream reference = new DataInputStream(new ByteArrayInputStream(bytes));
			Random again = new Random(seed);
			int count = again.nextInt(1, 40);
			for (int i = 0; i < count; i++) {
				switch (again.nextInt(6)) {
					case 0 -> assertThat(input.readLong()).isEqualTo(reference.readLong());
					case 1 -> assertThat(input.readInt()).isEqualTo(reference.readInt());
					case 2 -> assertThat(input.readBoolean()).isEqualTo(reference.readBoolean());
					case 3 -> assertThat(input.readUTF()).isEqualTo(reference.readUTF());
					case 4 -> assertThat(input.readShort()).isEqualTo(reference.readShort());
					default -> assertThat(input.readByte()).isEqualTo(reference.readByte());
				}
				again.nextLong();
				again.nextInt(TEXTS.length);
			}
		}
	}

	@Test
	void reusedOutputStartsAfreshAfterReset() throws IOException {
		// given
		BytesOutput output = new BytesOutput();
		output.writeLong(42);
		output.writeUTF("Europe/Berlin");

		// when
		output.reset();
		output.writeInt(7);

		// then
		assertThat(output.toByteArray()).containsExactly(0, 0, 0, 7);
	}

	@Test
	void readingPastTheEndFailsInsteadOfInventingBytes() {
		// given
		BytesInput input = new BytesInput(new byte[] { 0, 0, 0, 7 });

		// when / then
		assertThatThrownBy(input::readLong).isInstanceOf(EOFException.class).hasMessageContaining("4 left");
	}

	private static void writeValues(DataOutput out, Random random) throws IOException {
		int count = random.nextInt(1, 40);
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(6);
			long value = random.nextLong();
			String text = TEXTS[random.nextInt(TEXTS.length)];
			switch (kind) {
				case 0 -> out.writeLong(value);
				case 1 -> out.writeInt((int) value);
				case 2 -> out.writeBoolean(value % 2 == 0);
				case 3 -> out.writeUTF(text);
				case 4 -> out.writeShort((int) value);
				default -> out.writeByte((int) value);
			}
		}
	}

}
