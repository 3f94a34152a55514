/**
 * The population's arithmetic: hashing, the posting schedule, the id codec, count curves, texts, and the
 * fault state. Every value derives from the seed and a few coordinates, so nothing per post is stored.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.simulator.internal;
