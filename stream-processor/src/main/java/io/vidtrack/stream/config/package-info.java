/** Spring wiring: the topology under Kafka Streams, the aggregates topic and the Postgres sink. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.config;
