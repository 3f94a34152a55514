/** Projects: list, get, create under the plan's project limit, rename and notes, delete with their events. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.project;
