/**
 * {@code ./vidtrack local}: the whole stack on one machine with no Docker — embedded Postgres, an embedded
 * Kafka KRaft broker, the TikTok simulator, the three apps as child processes, and a seeded demo org.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.local;
