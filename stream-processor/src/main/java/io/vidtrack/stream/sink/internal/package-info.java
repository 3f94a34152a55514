/** The sink's SQL. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.sink.internal;
