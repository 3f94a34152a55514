/**
 * Campaign membership as the stream processor consumes it: every campaign that reaches a creator or a video,
 * computed in Postgres where campaign items change, and published through the outbox.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.outbox.membership;
