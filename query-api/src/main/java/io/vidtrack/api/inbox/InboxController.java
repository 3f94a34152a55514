package io.vidtrack.api.inbox;

import java.util.List;
import java.util.Set;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects/{id}/inbox}: the Tracking Inbox, where selective creators' videos wait for review. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/inbox")
class InboxController {

	private static final Set<String> LISTS = Set.of("pending_review", "excluded");

	private final InboxReads reads;

	private final InboxDecisions decisions;

	InboxController(InboxReads reads, InboxDecisions decisions) {
		this.reads = reads;
		this.decisions = decisions;
	}

	@GetMapping
	Envelope list(Caller caller, @PathVariable long projectId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		String list = (status == null || status.isBlank()) ? "pending_review" : status;
		if (!LISTS.contains(list)) {
			throw ApiException.invalidQuery("status must be pending_review or excluded");
		}
		return Envelope.page(this.reads.list(caller.orgId(), projectId, list, PageRequest.of(limit, cursor)));
	}

	/** Pending or excluded videos become included: counted, with their whole history. */
	@PostMapping("/approve")
	Envelope approve(Caller caller, @PathVariable long projectId, @RequestBody VideoIds body) {
		return decide(caller, projectId, Decision.APPROVE, body);
	}

	/** Pending, included or auto-tracked videos become excluded: no longer counted nor listed outside the inbox. */
	@PostMapping("/exclude")
	Envelope exclude(Caller caller, @PathVariable long projectId, @RequestBody VideoIds body) {
		return decide(caller, projectId, Decision.EXCLUDE, body);
	}

	/** The undo: excluded or included videos go back to pending review. */
	@PostMapping("/restore")
	Envelope restore(Caller caller, @PathVariable long projectId, @RequestBody VideoIds body) {
		return decide(caller, projectId, Decision.RESTORE, body);
	}

	private Envelope decide(Caller caller, long projectId, Decision decision, VideoIds body) {
		List<InboxResult> results = this.decisions.decide(caller.orgId(), projectId, decision, body.checked());
		return Envelope.of(new Results(results));
	}

	record Results(List<InboxResult> results) {
	}

}
