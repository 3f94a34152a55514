package io.vidtrack.tiktok.internal;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.TokenFilter;

/**
 * The fields the mappers read, as a Jackson filter: an item's video formats, subtitles, music and text extras
 * (most of its 10-35 KB) are skipped by the parser instead of becoming tree nodes.
 */
final class Fields extends TokenFilter {

	static final TokenFilter ALL = TokenFilter.INCLUDE_ALL;

	/** An {@code itemStruct}, as {@link ItemStructs} reads it. */
	static final Fields ITEM = new Fields(Map.of("id", ALL, "desc", ALL, "createTime", ALL, "author", ALL,
			"authorSecId", ALL, "stats", ALL, "statsV2", ALL, "imagePost", ALL, "video",
			new Fields(Map.of("cover", ALL, "originCover", ALL))));

	/** {@code webapp.video-detail} (and the mobile reflow scope). */
	static final Fields VIDEO_DETAIL = new Fields(Map.of("statusCode", ALL, "statusMsg", ALL, "itemInfo",
			new Fields(Map.of("itemStruct", ITEM))));

	/** The item list response; {@code itemList} elements are items. */
	static final Fields LISTING = new Fields(Map.of("statusCode", ALL, "status_code", ALL, "statusMsg", ALL,
			"status_msg", ALL, "hasMore", ALL, "cursor", ALL, "itemList", ITEM));

	private final Map<String, TokenFilter> fields;

	private Fields(Map<String, TokenFilter> fields) {
		this.fields = fields;
	}

	static JsonParser filter(JsonParser parser, TokenFilter filter) {
		return (filter == ALL) ? parser
				: new FilteringParserDelegate(parser, filter, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true);
	}

	@Override
	public TokenFilter includeProperty(String name) {
		return fields.get(name);
	}

	// an empty itemList is an answer ("no posts"), not a missing field
	@Override
	public boolean includeEmptyArray(boolean contentsFiltered) {
		return true;
	}

}
