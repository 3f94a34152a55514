/**
 * The HTTP side: routing, fault rendering, and pages written as a prebuilt padding prefix and suffix
 * around a small per-request JSON part.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.simulator.internal.web;
