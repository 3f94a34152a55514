/**
 * Reading TikTok's public web pages: URL forms, the page and listing parsers, and a polite concurrent
 * fetcher that classifies every response.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.tiktok;
