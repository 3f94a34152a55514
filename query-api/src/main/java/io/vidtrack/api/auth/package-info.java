/** Bearer API keys, scopes, the per-key window and the plan's daily quota. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.auth;
