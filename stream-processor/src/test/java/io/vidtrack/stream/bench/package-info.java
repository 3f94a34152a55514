/** The stream benchmark: run by hand or by {@code ./vidtrack bench stream}, never by the test suite. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.bench;
