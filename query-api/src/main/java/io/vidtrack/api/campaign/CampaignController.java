package io.vidtrack.api.campaign;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns of the caller's org: list (all, or one project's), detail with items, create, change, delete. */
@RestController
class CampaignController {

	private final Campaigns campaigns;

	private final CampaignStore store;

	private final JsonMapper json;

	CampaignController(Campaigns campaigns, CampaignStore store, JsonMapper json) {
		this.campaigns = campaigns;
		this.store = store;
		this.json = json;
	}

	@GetMapping("/api/v1/campaigns")
	Envelope list(Caller caller, @RequestParam(name = "project_id", required = false) @Nullable Long projectId,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest request = PageRequest.of(limit, cursor);
		return Envelope.page(this.campaigns.list(caller.orgId(), projectId, request));
	}

	@GetMapping("/api/v1/campaigns/{id}")
	Envelope get(Caller caller, @PathVariable long id) {
		return Envelope.of(this.campaigns.detail(caller.orgId(), id));
	}

	@PostMapping("/api/v1/projects/{projectId}/campaigns")
	ResponseEntity<Envelope> create(Caller caller, @PathVariable long projectId, @RequestBody CampaignFields body) {
		CampaignView created = this.store.create(caller.orgId(), projectId, body.validatedForCreate());
		return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(created));
	}

	/** Fields present change ({@code null} clears readme, target_views and target_at); absent ones stay. */
	@PatchMapping("/api/v1/campaigns/{id}")
	Envelope patch(Caller caller, @PathVariable long id, @RequestBody JsonNode body) {
		return Envelope.of(this.store.update(caller.orgId(), id, CampaignPatch.from(body, this.json)));
	}

	@DeleteMapping("/api/v1/campaigns/{id}")
	Envelope delete(Caller caller, @PathVariable long id) {
		this.store.delete(caller.orgId(), id);
		return Envelope.of(new Deleted(id, true));
	}

	/** The answer to a delete: {@code {"id", "deleted": true}}. */
	record Deleted(long id, boolean deleted) {
	}

}
