package io.vidtrack.api.campaign;

import io.vidtrack.api.web.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code PATCH} body: the fields it names change, the others stay. Read from the JSON tree because a record
 * alone cannot tell an absent field from an explicit null, and {@code "readme": null}, {@code "target_views": null}
 * and {@code "target_at": null} clear those fields.
 */
record CampaignPatch(CampaignFields fields, boolean setsReadme, boolean setsTargetViews, boolean setsTargetAt) {

	static CampaignPatch from(JsonNode body, JsonMapper json) {
		if (!body.isObject()) {
			throw ApiException.invalidBody("The request body must be a JSON object of the documented shape");
		}
		if (body.has("name") && body.get("name").isNull()) {
			throw ApiException.invalidBody("name must be 1 to " + CampaignFields.MAX_NAME + " characters");
		}
		CampaignFields fields;
		try {
			fields = json.treeToValue(body, CampaignFields.class);
		}
		catch (JacksonException ex) {
			throw ApiException.invalidBody("The request body must be a JSON object of the documented shape");
		}
		return new CampaignPatch(fields.validated(), body.has("readme"), body.has("target_views"),
				body.has("target_at"));
	}

}
