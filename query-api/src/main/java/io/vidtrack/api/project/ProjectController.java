package io.vidtrack.api.project;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects}: the caller's projects with their live counted-only totals. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

	private final Projects projects;

	private final ProjectRemoval removal;

	ProjectController(Projects projects, ProjectRemoval removal) {
		this.projects = projects;
		this.removal = removal;
	}

	@GetMapping
	Envelope list(Caller caller, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Envelope.page(this.projects.list(caller.orgId(), PageRequest.of(limit, cursor)));
	}

	@GetMapping("/{id}")
	Envelope get(Caller caller, @PathVariable long id) {
		return Envelope.of(this.projects.get(caller.orgId(), id));
	}

	/** 402 {@code limit_reached} when the org has its plan's number of projects. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Envelope create(Caller caller, @RequestBody ProjectBody body) {
		return Envelope.of(this.projects.create(caller.orgId(), body.forCreate()));
	}

	@PatchMapping("/{id}")
	Envelope update(Caller caller, @PathVariable long id, @RequestBody ProjectBody body) {
		return Envelope.of(this.projects.update(caller.orgId(), id, body.forPatch()));
	}

	/** Deletes the project with its creators, videos, history and campaigns; the aggregates drop them at once. */
	@DeleteMapping("/{id}")
	Envelope delete(Caller caller, @PathVariable long id) {
		this.removal.delete(caller.orgId(), id);
		return Envelope.of(new Deleted(id, true));
	}

	record Deleted(long id, boolean deleted) {
	}

}
