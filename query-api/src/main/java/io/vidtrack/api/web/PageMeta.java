package io.vidtrack.api.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The {@code meta} of a list: camelCase like the v1 API's other meta fields, unlike the snake_case data. */
public record PageMeta(@JsonProperty("nextCursor") @Nullable String nextCursor, @JsonProperty("limit") int limit) {
}
