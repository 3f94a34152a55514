/**
 * The transactional outbox: an event is inserted in the same transaction as the change it describes, and
 * the relay publishes committed rows to Kafka in id order, so nothing is lost between Postgres and Kafka.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.outbox;
