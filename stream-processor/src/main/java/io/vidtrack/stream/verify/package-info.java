/**
 * Checks every aggregate the stream processor wrote against a computation in SQL over the same Postgres data.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.verify;
