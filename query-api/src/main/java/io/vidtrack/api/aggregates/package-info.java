/** Live included-only totals and daily series, as the stream processor keeps them in Postgres. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.aggregates;
