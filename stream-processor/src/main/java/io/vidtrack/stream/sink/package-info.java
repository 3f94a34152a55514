/**
 * Writes the topology's aggregates into Postgres ({@code aggregate_totals}, {@code aggregate_daily}), where the
 * query API reads them with one indexed lookup.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.sink;
