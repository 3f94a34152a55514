/** The plan's count limits, enforced under the org row's lock. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.plan;
