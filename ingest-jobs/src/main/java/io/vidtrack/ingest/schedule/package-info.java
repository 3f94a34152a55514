/**
 * When the jobs run: one job instance per schedule slot (hourly discovery then capture, nightly prune), manual
 * runs for queued requests within seconds, and a catch-up run at startup.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.schedule;
