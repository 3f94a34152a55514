/** The caller's org: settings, plan limits and usage. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.org;
