package io.vidtrack.api.analytics;

import java.util.Arrays;

import io.vidtrack.api.web.ApiException;

/**
 * What a series is of. Each kind names the query that finds the entity in the caller's org (id, org id), so that
 * a missing id and another org's id give the same 404; a video's also reads its post time.
 */
enum EntityKind {

	PROJECT("project", "Project", "select null::timestamptz from projects where id = ? and org_id = ?"),

	CREATOR("creator", "Creator", """
			select null::timestamptz from creators c join projects p on p.id = c.project_id
			where c.id = ? and p.org_id = ? and c.active"""),

	CAMPAIGN("campaign", "Campaign", """
			select null::timestamptz from campaigns c join projects p on p.id = c.project_id
			where c.id = ? and p.org_id = ?"""),

	// excluded videos never show in the v1 API
	VIDEO("video", "Video", """
			select v.posted_at from videos v join projects p on p.id = v.project_id
			where v.id = ? and p.org_id = ? and v.tracking_status <> 'excluded'""");

	private final String wire;

	private final String noun;

	private final String find;

	EntityKind(String wire, String noun, String find) {
		this.wire = wire;
		this.noun = noun;
		this.find = find;
	}

	static EntityKind parse(String text) {
		return Arrays.stream(values())
			.filter((kind) -> kind.wire.equals(text))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidQuery("entity must be project, creator, campaign or video"));
	}

	/** The name in the API and in {@code aggregate_daily.entity_type}. */
	String wire() {
		return this.wire;
	}

	String noun() {
		return this.noun;
	}

	/** One row (the video's post time, else null) when the entity is in the org, none otherwise. */
	String findSql() {
		return this.find;
	}

}
