package io.vidtrack.api.creator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.creator.CreatorInput.NewCreator;
import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/projects/{id}/creators}: one creator ({@code handle} and its fields), or a bulk
 * of at most 50 as {@code creators} (objects) or {@code handles} (strings). In a bulk, the top-level
 * {@code tracking_mode} and {@code tracking_start_date} are the defaults of rows that do not set their own.
 */
record AddCreatorsBody(@Nullable String handle, @Nullable String trackingMode, @Nullable String trackingStartDate,
		@Nullable String readme, @Nullable List<@Nullable CreatorInput> creators,
		@Nullable List<@Nullable String> handles) {

	static final int MAX_BULK = 50;

	boolean isBulk() {
		return this.creators != null || this.handles != null;
	}

	NewCreator single(ZoneId zone) {
		return new CreatorInput(this.handle, this.trackingMode, this.trackingStartDate, this.readme).checked(zone, "");
	}

	List<NewCreator> bulk(ZoneId zone) {
		int given = ((this.creators != null) ? 1 : 0) + ((this.handles != null) ? 1 : 0)
				+ ((this.handle != null) ? 1 : 0);
		if (given > 1) {
			throw ApiException.invalidBody("send one of handle, creators or handles");
		}
		List<CreatorInput> rows = new ArrayList<>();
		if (this.creators != null) {
			for (CreatorInput row : this.creators) {
				if (row == null) {
					throw ApiException.invalidBody("creators must hold objects with a handle");
				}
				rows.add(new CreatorInput(row.handle(), first(row.trackingMode(), this.trackingMode),
						first(row.trackingStartDate(), this.trackingStartDate), row.readme()));
			}
		}
		else if (this.handles != null) {
			this.handles.forEach((handle) -> rows.add(new CreatorInput(handle, this.trackingMode,
					this.trackingStartDate, null)));
		}
		if (rows.isEmpty() || rows.size() > MAX_BULK) {
			throw ApiException.invalidBody("a bulk add takes 1 to " + MAX_BULK + " creators");
		}
		List<NewCreator> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			checked.add(rows.get(i).checked(zone, "creators[" + i + "]."));
		}
		return checked;
	}

	private static @Nullable String first(@Nullable String own, @Nullable String fallback) {
		return (own != null) ? own : fallback;
	}

}
