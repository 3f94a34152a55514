package io.vidtrack.api.org;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.Envelope;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/org}: the caller's org, its plan's limits and today's usage; its settings can be changed. */
@RestController
@RequestMapping("/api/v1/org")
class OrgController {

	private final OrgSettings settings;

	OrgController(OrgSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	Envelope get(Caller caller) {
		return Envelope.of(this.settings.view(caller.orgId()));
	}

	/**
	 * Changes the time zone, the name or the frequencies. A frequency more often than the plan allows is stored at
	 * the plan's floor, and the answer shows the effective value.
	 */
	@PatchMapping
	Envelope patch(Caller caller, @RequestBody OrgPatch patch) {
		this.settings.update(caller.orgId(), patch.validated());
		return Envelope.of(this.settings.view(caller.orgId()));
	}

}
