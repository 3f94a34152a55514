/** Test infrastructure shared by the modules' tests; a test-scoped dependency only. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.testing;
