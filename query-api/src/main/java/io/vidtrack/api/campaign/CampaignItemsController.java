package io.vidtrack.api.campaign;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Envelope;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's items: creators, videos and sub-campaigns of its project. Both answer the campaign detail. */
@RestController
class CampaignItemsController {

	private final CampaignItems items;

	CampaignItemsController(CampaignItems items) {
		this.items = items;
	}

	@PostMapping("/api/v1/campaigns/{id}/items")
	Envelope add(Caller caller, @PathVariable long id, @RequestBody ItemsBody body) {
		return Envelope.of(this.items.add(caller.orgId(), id, body.validated()));
	}

	@DeleteMapping("/api/v1/campaigns/{id}/items/{type}/{itemId}")
	Envelope remove(Caller caller, @PathVariable long id, @PathVariable String type, @PathVariable long itemId) {
		ItemType itemType = ItemType.parse(type)
			.orElseThrow(() -> ApiException.invalidParams("type must be " + ItemType.NAMES));
		return Envelope.of(this.items.remove(caller.orgId(), id, itemType, itemId));
	}

}
