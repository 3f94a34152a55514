@org.jspecify.annotations.NullMarked
package io.vidtrack.local;
