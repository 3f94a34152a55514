/** Benchmarks behind {@code ./vidtrack bench}: each prints its figures and ends with one summary line. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.bench;
