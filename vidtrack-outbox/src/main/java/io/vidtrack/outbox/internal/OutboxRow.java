package io.vidtrack.outbox.internal;

/** One committed outbox row: what to publish, where, and under which key. */
public record OutboxRow(long id, String topic, String key, String payload) {

}
