/** The v1 envelope, errors, cursor paging: what every endpoint shares. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.web;
