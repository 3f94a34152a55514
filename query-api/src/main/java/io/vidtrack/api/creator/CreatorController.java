package io.vidtrack.api.creator;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

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

/** Creators of the caller's projects: {@code /api/v1/creators} and {@code /api/v1/projects/{id}/creators}. */
@RestController
class CreatorController {

	private final CreatorReads reads;

	private final CreatorAdder adder;

	private final CreatorChanges changes;

	private final CreatorRemoval removal;

	CreatorController(CreatorReads reads, CreatorAdder adder, CreatorChanges changes, CreatorRemoval removal) {
		this.reads = reads;
		this.adder = adder;
		this.changes = changes;
		this.removal = removal;
	}

	@GetMapping("/api/v1/creators")
	Envelope list(Caller caller, @RequestParam(name = "project_id", required = false) @Nullable Long projectId,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Envelope.page(this.reads.list(caller.orgId(), projectId, search, PageRequest.of(limit, cursor)));
	}

	@GetMapping("/api/v1/creators/{id}")
	Envelope get(Caller caller, @PathVariable long id) {
		return Envelope.of(this.reads.get(caller.orgId(), id));
	}

	/**
	 * One creator (201 with it) or a bulk of at most 50 (200 with one outcome per row). Each added creator is
	 * discovered within seconds.
	 */
	@PostMapping("/api/v1/projects/{projectId}/creators")
	ResponseEntity<Envelope> add(Caller caller, @PathVariable long projectId, @RequestBody AddCreatorsBody body) {
		if (body.isBulk()) {
			return ResponseEntity
				.ok(Envelope.of(this.adder.addMany(caller.orgId(), projectId, body.bulk(caller.timezone()))));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope.of(this.adder.addOne(caller.orgId(), projectId, body.single(caller.timezone()))));
	}

	@PatchMapping("/api/v1/creators/{id}")
	Envelope update(Caller caller, @PathVariable long id, @RequestBody CreatorPatch patch) {
		return Envelope.of(this.changes.update(caller.orgId(), id, patch.checked()));
	}

	/** Stops tracking the creator and deletes its videos; its handle may then be added again. */
	@DeleteMapping("/api/v1/creators/{id}")
	Envelope delete(Caller caller, @PathVariable long id) {
		this.removal.delete(caller.orgId(), id);
		return Envelope.of(new Deleted(id, true));
	}

	record Deleted(long id, boolean deleted) {
	}

}
