/**
 * Cross-cutting wiring of the ingest jobs: settings, the TikTok client, the clock and the outbox writer.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.config;
