package io.vidtrack.simulator.internal.web;

import java.util.Arrays;

/**
 * A minimal streaming JSON writer into a growable UTF-8 byte buffer that tracks commas itself, so
 * writers read like the JSON they produce. {@code htmlSafe} picks the escaping (see {@link JsonStrings}).
 */
final class JsonOut {

	private final boolean htmlSafe;

	private byte[] buf;

	private int size;

	/** Scratch space for the string being escaped. */
	private char[] chars = new char[256];

	/** hasElement[d]: the container at depth d already holds a member, so the next one needs a comma. */
	private boolean[] hasElement = new boolean[32];

	private int depth;

	private boolean afterName;

	JsonOut(int capacity, boolean htmlSafe) {
		this.buf = new byte[capacity];
		this.htmlSafe = htmlSafe;
	}

	/** A writer that continues inside {@code levels} open objects that already have members. */
	static JsonOut continuing(int levels, int capacity) {
		JsonOut out = new JsonOut(capacity, true);
		for (int i = 1; i <= levels; i++) {
			out.hasElement[i] = true;
		}
		out.depth = levels;
		return out;
	}

	JsonOut beginObject() {
		separate();
		put('{');
		return push();
	}

	JsonOut endObject() {
		this.depth--;
		return put('}');
	}

	JsonOut beginArray() {
		separate();
		put('[');
		return push();
	}

	JsonOut endArray() {
		this.depth--;
		return put(']');
	}

	JsonOut name(String name) {
		separate();
		string(name);
		put(':');
		this.afterName = true;
		return this;
	}

	JsonOut value(String value) {
		separate();
		string(value);
		return this;
	}

	JsonOut value(long value) {
		separate();
		return ascii(Long.toString(value));
	}

	JsonOut value(double value) {
		separate();
		return ascii(Double.toString(value));
	}

	JsonOut value(boolean value) {
		separate();
		return ascii(value ? "true" : "false");
	}

	JsonOut field(String name, String value) {
		return name(name).value(value);
	}

	JsonOut field(String name, long value) {
		return name(name).value(value);
	}

	JsonOut field(String name, double value) {
		return name(name).value(value);
	}

	JsonOut field(String name, boolean value) {
		return name(name).value(value);
	}

	JsonOut object(String name) {
		return name(name).beginObject();
	}

	JsonOut array(String name) {
		return name(name).beginArray();
	}

	/** An empty array member, which real items are full of. */
	JsonOut emptyArray(String name) {
		return name(name).beginArray().endArray();
	}

	int size() {
		return this.size;
	}

	byte[] toBytes() {
		return Arrays.copyOf(this.buf, this.size);
	}

	private void separate() {
		if (this.afterName) {
			this.afterName = false;
		}
		else if (this.depth > 0) {
			if (this.hasElement[this.depth]) {
				put(',');
			}
			this.hasElement[this.depth] = true;
		}
	}

	private JsonOut push() {
		if (++this.depth == this.hasElement.length) {
			this.hasElement = Arrays.copyOf(this.hasElement, this.depth * 2);
		}
		this.hasElement[this.depth] = false;
		return this;
	}

	private JsonOut put(char c) {
		ensure(1);
		this.buf[this.size++] = (byte) c;
		return this;
	}

	private JsonOut ascii(String s) {
		ensure(s.length());
		for (int i = 0; i < s.length(); i++) {
			this.buf[this.size++] = (byte) s.charAt(i);
		}
		return this;
	}

	private void string(String s) {
		// worst case: every char becomes a six-byte backslash-u escape
		int length = s.length();
		ensure(length * 6 + 2);
		if (this.chars.length < length) {
			this.chars = new char[Math.max(length, this.chars.length * 2)];
		}
		s.getChars(0, length, this.chars, 0);
		this.size = JsonStrings.write(this.buf, this.size, this.chars, length, this.htmlSafe);
	}

	private void ensure(int extra) {
		if (this.size + extra > this.buf.length) {
			this.buf = Arrays.copyOf(this.buf, Math.max(this.buf.length * 2, this.size + extra));
		}
	}

}
