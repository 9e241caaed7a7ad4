package app.atrium.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note staff add to a member's timeline. */
public record NoteDraft(@NotBlank @Size(max = 4000) String text) {}
