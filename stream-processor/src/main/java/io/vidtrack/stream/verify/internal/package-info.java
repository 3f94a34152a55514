/** The check's SQL. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.verify.internal;
