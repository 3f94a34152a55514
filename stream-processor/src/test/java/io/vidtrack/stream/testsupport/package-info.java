/** Real infrastructure for tests: embedded Postgres and domain rows. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.testsupport;
