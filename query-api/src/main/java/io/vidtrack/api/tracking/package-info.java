/** The events an API change publishes through the outbox, in its own transaction. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.tracking;
