/** The topology's processors, stores and serdes; nothing outside the topology uses them. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.topology.internal;
