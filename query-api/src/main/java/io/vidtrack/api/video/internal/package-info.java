/** Details of the video feature: reading pasted URLs (short links resolved) and the per-day metric math. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.video.internal;
