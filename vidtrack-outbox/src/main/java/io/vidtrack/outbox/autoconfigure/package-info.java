/**
 * Spring Boot wiring: an {@link io.vidtrack.outbox.OutboxWriter} wherever there is a {@code JdbcTemplate}, and
 * the relay as a lifecycle bean when {@code vidtrack.outbox.relay.enabled=true}.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.outbox.autoconfigure;
