/**
 * How the client works inside: locating and streaming the pages' embedded JSON, mapping items and users,
 * classifying responses, and the politeness machinery (rate limit, concurrency, retries, blocked breaker).
 * Not an API: only {@code io.vidtrack.tiktok} is.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.tiktok.internal;
