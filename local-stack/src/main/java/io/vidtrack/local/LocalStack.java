package io.vidtrack.local;

/** Placeholder until the local stack launcher lands. */
public class LocalStack {

	public static void main(String[] args) {
	}

}
