package app.atrium.members.rest;

import app.atrium.members.Member;
import app.atrium.members.MemberDraft;
import app.atrium.members.MemberNote;
import app.atrium.members.MemberNotes;
import app.atrium.members.MemberPage;
import app.atrium.members.MemberQuery;
import app.atrium.members.MemberStatus;
import app.atrium.members.Members;
import app.atrium.members.NoteDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members of the coworking and their notes timeline. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members")
class MembersApiController {

  /** Which members a search returns by status. */
  enum StatusFilter {
    ACTIVE,
    ARCHIVED,
    ANY
  }

  private final Members members;
  private final MemberNotes notes;

  MembersApiController(Members members, MemberNotes notes) {
    this.members = members;
    this.notes = notes;
  }

  @Operation(
      summary = "Search members",
      description =
          "q matches parts of the first/last name, email or phone (case-insensitive, every word"
              + " must match; phones by their digits). Active members unless status says otherwise.")
  @GetMapping
  MemberPage search(
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) @Size(max = 30) String tag,
      @Parameter(description = "ACTIVE (default), ARCHIVED or ANY")
          @RequestParam(defaultValue = "ACTIVE")
          StatusFilter status,
      @RequestParam(defaultValue = "50") @Min(1) @Max(MemberQuery.MAX_LIMIT) int limit,
      @RequestParam(defaultValue = "0") @Min(0) int offset) {
    MemberStatus only = status == StatusFilter.ANY ? null : MemberStatus.valueOf(status.name());
    return members.search(new MemberQuery(q, companyId, tag, only, limit, offset));
  }

  @Operation(summary = "One member")
  @GetMapping("/{id}")
  Member get(@PathVariable UUID id) {
    return members.get(id);
  }

  @Operation(
      summary = "Add a member",
      description = "409 duplicate-email when another member has the email.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Member create(@Valid @RequestBody MemberDraft draft) {
    return members.create(draft);
  }

  @Operation(summary = "Change a member (replaces all fields)")
  @PutMapping("/{id}")
  Member update(@PathVariable UUID id, @Valid @RequestBody MemberDraft draft) {
    return members.update(id, draft);
  }

  @Operation(
      summary = "Archive a member",
      description = "Kept with her history; undo with POST /{id}/restore.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void archive(@PathVariable UUID id) {
    members.archive(id);
  }

  @Operation(summary = "Restore an archived member")
  @PostMapping("/{id}/restore")
  Member restore(@PathVariable UUID id) {
    return members.restore(id);
  }

  @Operation(summary = "A member's notes, newest first")
  @GetMapping("/{id}/notes")
  List<MemberNote> notes(@PathVariable UUID id) {
    return notes.timeline(id);
  }

  @Operation(summary = "Add a note to a member's timeline (signed by the caller)")
  @PostMapping("/{id}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  MemberNote addNote(@PathVariable UUID id, @Valid @RequestBody NoteDraft draft) {
    return notes.add(id, draft);
  }
}
