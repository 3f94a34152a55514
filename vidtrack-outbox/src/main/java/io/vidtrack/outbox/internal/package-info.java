/**
 * How the relay works: the lock that makes one instance the publisher, the outbox rows it reads and deletes,
 * the Kafka batch it waits on and the back-off after a failure. Not an API: use
 * {@link io.vidtrack.outbox.OutboxRelay}.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.outbox.internal;
