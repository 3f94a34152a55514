package io.vidtrack.api.campaign;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a campaign item points at. Each type names the query that says which of some ids may be items of a
 * campaign of one project: an active creator, a video that is not excluded, or another campaign.
 */
enum ItemType {

	CREATOR("creator", "select id from creators where project_id = ? and active and id = any(?::bigint[])"),

	VIDEO("video", """
			select id from videos where project_id = ? and tracking_status <> 'excluded' and id = any(?::bigint[])"""),

	CAMPAIGN("campaign", "select id from campaigns where project_id = ? and id = any(?::bigint[])");

	static final String NAMES = "creator, video or campaign";

	private final String wire;

	private final String existing;

	ItemType(String wire, String existing) {
		this.wire = wire;
		this.existing = existing;
	}

	static Optional<ItemType> parse(@Nullable String text) {
		return Arrays.stream(values()).filter((type) -> type.wire.equals(text)).findFirst();
	}

	/** The name in the API and in {@code campaign_items.item_type}. */
	String wire() {
		return this.wire;
	}

	/** Selects, of the ids given as the second parameter, those in the project given as the first. */
	String existingSql() {
		return this.existing;
	}

	/** The 404's noun. */
	String noun() {
		return Character.toUpperCase(this.wire.charAt(0)) + this.wire.substring(1);
	}

}
