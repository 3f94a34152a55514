/** Videos: list, detail, add by URL, notes, tracking-disable, delete, manual refresh and stats history. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.video;
