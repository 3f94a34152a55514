package io.vidtrack.api.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/campaigns/{id}/items}: {@code {"items": [{"type", "id"}, …]}}, 1 to 100. */
record ItemsBody(@Nullable List<@Nullable ItemRef> items) {

	static final int MAX_ITEMS = 100;

	/** The items, checked, without repeats, in the order given. */
	Set<Item> validated() {
		if (this.items == null || this.items.isEmpty() || this.items.size() > MAX_ITEMS) {
			throw ApiException.invalidBody("items must hold 1 to " + MAX_ITEMS + " items");
		}
		Set<Item> checked = new LinkedHashSet<>();
		for (ItemRef ref : this.items) {
			if (ref == null) {
				throw ApiException.invalidBody("each item must be an object {\"type\", \"id\"}");
			}
			ItemType type = ItemType.parse(ref.type())
				.orElseThrow(() -> ApiException.invalidBody("item type must be " + ItemType.NAMES));
			if (ref.id() == null || ref.id() < 1) {
				throw ApiException.invalidBody("item id must be a positive id");
			}
			checked.add(new Item(type, ref.id()));
		}
		return checked;
	}

	record ItemRef(@Nullable String type, @Nullable Long id) {
	}

	/** A checked item. */
	record Item(ItemType type, long id) {
	}

}
