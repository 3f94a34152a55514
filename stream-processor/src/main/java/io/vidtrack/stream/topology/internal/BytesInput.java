package io.vidtrack.stream.topology.internal;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * {@link DataInput} straight over a byte array, in the byte order {@code DataOutputStream} writes: a
 * {@code DataInputStream} over a {@code ByteArrayInputStream} copies and locks for every field, and the
 * processor reads a ledger for every snapshot.
 */
final class BytesInput implements DataInput {

	private final ByteBuffer bytes;

	BytesInput(byte[] bytes) {
		this.bytes = ByteBuffer.wrap(bytes);
	}

	@Override
	public void readFully(byte[] target) throws IOException {
		readFully(target, 0, target.length);
	}

	@Override
	public void readFully(byte[] target, int offset, int length) throws IOException {
		try {
			this.bytes.get(target, offset, length);
		}
		catch (BufferUnderflowException ex) {
			throw new EOFException("Wanted " + length + " more bytes, " + this.bytes.remaining() + " left");
		}
	}

	@Override
	public int skipBytes(int count) {
		int skipped = Math.min(count, this.bytes.remaining());
		this.bytes.position(this.bytes.position() + skipped);
		return skipped;
	}

	@Override
	public boolean readBoolean() throws IOException {
		return readByte() != 0;
	}

	@Override
	public byte readByte() throws IOException {
		ensure(1);
		return this.bytes.get();
	}

	@Override
	public int readUnsignedByte() throws IOException {
		return readByte() & 0xFF;
	}

	@Override
	public short readShort() throws IOException {
		ensure(2);
		return this.bytes.getShort();
	}

	@Override
	public int readUnsignedShort() throws IOException {
		return readShort() & 0xFFFF;
	}

	@Override
	public char readChar() throws IOException {
		ensure(2);
		return this.bytes.getChar();
	}

	@Override
	public int readInt() throws IOException {
		ensure(4);
		return this.bytes.getInt();
	}

	@Override
	public long readLong() throws IOException {
		ensure(8);
		return this.bytes.getLong();
	}

	@Override
	public float readFloat() throws IOException {
		ensure(4);
		return this.bytes.getFloat();
	}

	@Override
	public double readDouble() throws IOException {
		ensure(8);
		return this.bytes.getDouble();
	}

	@Override
	public String readLine() {
		throw new UnsupportedOperationException("No lines in binary state");
	}

	@Override
	public String readUTF() throws IOException {
		return DataInputStream.readUTF(this);
	}

	private void ensure(int count) throws EOFException {
		if (this.bytes.remaining() < count) {
			throw new EOFException("Wanted " + count + " more bytes, " + this.bytes.remaining() + " left");
		}
	}

}
