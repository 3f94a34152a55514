/** Orgs and API keys from the command line of the query-api jar. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.admin;
