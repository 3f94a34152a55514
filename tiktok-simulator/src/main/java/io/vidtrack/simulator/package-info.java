/**
 * A local stand-in for TikTok: a deterministic population of creators and posts whose counts grow with
 * the clock, served as pages of TikTok's real shape and size, with injectable faults.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.simulator;
