package io.vidtrack.stream.topology.internal;

import java.io.DataOutput;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/**
 * {@link DataOutput} into a growable byte array, in {@code DataOutputStream}'s byte order and modified UTF-8:
 * a {@code DataOutputStream} over a {@code ByteArrayOutputStream} locks and copies for every field, and the
 * processor writes a ledger for every snapshot. Reused by one thread: {@link #reset} before each value.
 */
final class BytesOutput implements DataOutput {

	private byte[] bytes = new byte[512];

	private int size;

	void reset() {
		this.size = 0;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	@Override
	public void write(int value) {
		ensure(1);
		this.bytes[this.size++] = (byte) value;
	}

	@Override
	public void write(byte[] source) {
		write(source, 0, source.length);
	}

	@Override
	public void write(byte[] source, int offset, int length) {
		ensure(length);
		System.arraycopy(source, offset, this.bytes, this.size, length);
		this.size += length;
	}

	@Override
	public void writeBoolean(boolean value) {
		write(value ? 1 : 0);
	}

	@Override
	public void writeByte(int value) {
		write(value);
	}

	@Override
	public void writeShort(int value) {
		ensure(2);
		this.bytes[this.size++] = (byte) (value >>> 8);
		this.bytes[this.size++] = (byte) value;
	}

	@Override
	public void writeChar(int value) {
		writeShort(value);
	}

	@Override
	public void writeInt(int value) {
		ensure(4);
		for (int shift = 24; shift >= 0; shift -= 8) {
			this.bytes[this.size++] = (byte) (value >>> shift);
		}
	}

	@Override
	public void writeLong(long value) {
		ensure(8);
		for (int shift = 56; shift >= 0; shift -= 8) {
			this.bytes[this.size++] = (byte) (value >>> shift);
		}
	}

	@Override
	public void writeFloat(float value) {
		writeInt(Float.floatToIntBits(value));
	}

	@Override
	public void writeDouble(double value) {
		writeLong(Double.doubleToLongBits(value));
	}

	@Override
	public void writeBytes(String text) {
		for (int i = 0; i < text.length(); i++) {
			write(text.charAt(i));
		}
	}

	@Override
	public void writeChars(String text) {
		for (int i = 0; i < text.length(); i++) {
			writeChar(text.charAt(i));
		}
	}

	/** Modified UTF-8 behind a two-byte length, as {@code DataOutputStream#writeUTF} writes it. */
	@Override
	public void writeUTF(String text) throws UTFDataFormatException {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			length += (c >= 0x0001 && c <= 0x007F) ? 1 : (c <= 0x07FF) ? 2 : 3;
		}
		if (length > 0xFFFF) {
			throw new UTFDataFormatException("Too long to write as modified UTF-8: " + length + " bytes");
		}
		writeShort(length);
		ensure(length);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x0001 && c <= 0x007F) {
				this.bytes[this.size++] = (byte) c;
			}
			else if (c <= 0x07FF) {
				this.bytes[this.size++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
			else {
				this.bytes[this.size++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
				this.bytes[this.size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
		}
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
