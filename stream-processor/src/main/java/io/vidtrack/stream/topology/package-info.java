/**
 * The Kafka Streams topology that keeps counted-only aggregates per project, creator and campaign, and the
 * types of its output.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.topology;
